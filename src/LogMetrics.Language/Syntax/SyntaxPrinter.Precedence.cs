using System.Diagnostics;

namespace LogMetrics.Language.Syntax;

public sealed partial class SyntaxPrinter
{
    /// <summary>
    /// mtail's binding strengths, loosest first. An operand is parenthesised when it binds more
    /// loosely than its position allows. Patterns count as primaries: they can never be
    /// parenthesised, and the parser only puts them where a pattern may stand.
    /// </summary>
    static class Precedence
    {
        public const int Assignment = 0;
        public const int Logical = 1;
        public const int Match = 2;
        public const int Bitwise = 3;
        public const int Comparison = 4;
        public const int Shift = 5;
        public const int Additive = 6;
        public const int Multiplicative = 7;
        public const int Not = 8;
        public const int Postfix = 9;
        public const int Concatenation = 10;
        public const int Primary = 11;

        /// <summary>Tighter than anything: forces parentheses around all but primaries.</summary>
        public const int Parenthesised = Primary;

        public static int Of(ExprSyntax expr) => expr switch
        {
            BinarySyntax b => Of(b.Operator),
            UnarySyntax { Operator: UnaryOperator.Not } => Not,
            UnarySyntax { Operator: UnaryOperator.Increment or UnaryOperator.Decrement } => Postfix,
            _ => Primary,
        };

        public static int Of(BinaryOperator op) => op switch
        {
            BinaryOperator.Assign or BinaryOperator.AddAssign => Assignment,
            BinaryOperator.And or BinaryOperator.Or => Logical,
            BinaryOperator.Match or BinaryOperator.NotMatch => Match,
            BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.Xor => Bitwise,
            BinaryOperator.Less or BinaryOperator.Greater or BinaryOperator.LessOrEqual
                or BinaryOperator.GreaterOrEqual or BinaryOperator.Equal or BinaryOperator.NotEqual => Comparison,
            BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight => Shift,
            BinaryOperator.Add or BinaryOperator.Subtract => Additive,
            BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power => Multiplicative,
            BinaryOperator.Concat => Concatenation,
            _ => throw new UnreachableException($"unhandled operator {op}"),
        };
    }
}
