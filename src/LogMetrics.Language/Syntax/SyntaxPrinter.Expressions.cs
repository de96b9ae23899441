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
        public const int Primary = 10;

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
            BinaryOperator.Concat => Primary,
            _ => throw new UnreachableException($"unhandled operator {op}"),
        };
    }

    static string Expression(ExprSyntax expr) => Operand(expr, Precedence.Assignment);

    // An expression statement: assignments, postfix expressions and primaries stand alone; the
    // parser rejects anything else as "no effect" unless it is parenthesised.
    static string Statement(ExprSyntax expr) => expr switch
    {
        BinarySyntax { Operator: BinaryOperator.Assign or BinaryOperator.AddAssign } => Expression(expr),
        IndexedSyntax or BuiltinCallSyntax or CaprefSyntax or StringSyntax or IntSyntax or FloatSyntax => Expression(expr),
        UnarySyntax { Operator: UnaryOperator.Increment or UnaryOperator.Decrement } => Expression(expr),
        _ => $"({Expression(expr)})",
    };

    // A condition. A pattern condition's `&&`/`||` takes a whole logical expression on its right
    // (the grammar nests to the right there), where elsewhere the operators nest to the left.
    static string Condition(ExprSyntax expr) => expr switch
    {
        BinarySyntax { Left: UnarySyntax { Operator: UnaryOperator.ImplicitMatch } match, Operator: BinaryOperator.And or BinaryOperator.Or } b =>
            $"{Primary(match.Operand)} {SyntaxSpelling.Operator(b.Operator)} {Operand(b.Right, Precedence.Logical)}",
        _ => Operand(expr, Precedence.Logical),
    };

    static string Operand(ExprSyntax expr, int minimum) =>
        Precedence.Of(expr) < minimum ? $"({Primary(expr)})" : Primary(expr);

    static string Primary(ExprSyntax expr) => expr switch
    {
        IdSyntax id => id.Name,
        IndexedSyntax indexed => indexed.Keys.IsEmpty
            ? indexed.Target.Name
            : $"{indexed.Target.Name}[{Arguments(indexed.Keys)}]",
        CaprefSyntax capref => "$" + capref.Name,
        StringSyntax s => SyntaxSpelling.QuoteString(s.Value),
        IntSyntax i => SyntaxSpelling.Int(i.Value),
        FloatSyntax f => FloatSpelling(f),
        BuiltinCallSyntax call => $"{call.Name}({Arguments(call.Args)})",
        BinarySyntax { Operator: BinaryOperator.Concat } => Concatenation(expr),
        BinarySyntax b => Binary(b),
        UnarySyntax u => Unary(u),
        PatternSyntax p => Concatenation(p.Expr),
        RegexSyntax r => SyntaxSpelling.QuoteRegex(r.Pattern),
        _ => throw new UnreachableException($"unhandled expression {expr.GetType().Name}"),
    };

    static string Binary(BinarySyntax b)
    {
        var level = Precedence.Of(b.Operator);
        var op = SyntaxSpelling.Operator(b.Operator);
        return level switch
        {
            // `x = v`: the target is at most a unary expression, the value a logical one.
            Precedence.Assignment => $"{Operand(b.Left, Precedence.Not)} {op} {Operand(b.Right, Precedence.Logical)}",
            // `=~` takes a primary on the left, and a pattern or a primary on the right.
            Precedence.Match => $"{Operand(b.Left, Precedence.Primary)} {op} {Operand(b.Right, Precedence.Primary)}",
            // Left-associative: the right operand must bind tighter than the operator.
            _ => $"{Operand(b.Left, level)} {op} {Operand(b.Right, level + 1)}",
        };
    }

    static string Unary(UnarySyntax u) => u.Operator switch
    {
        UnaryOperator.Not => "~" + Operand(u.Operand, Precedence.Not),
        UnaryOperator.Increment => Operand(u.Operand, Precedence.Postfix) + "++",
        UnaryOperator.Decrement => Operand(u.Operand, Precedence.Postfix) + "--",
        // The implicit match of a pattern condition is the pattern itself.
        UnaryOperator.ImplicitMatch => Primary(u.Operand),
        _ => throw new UnreachableException($"unhandled operator {u.Operator}"),
    };

    // Index keys and call arguments are logical expressions or patterns.
    static string Arguments(IEnumerable<ExprSyntax> args) =>
        string.Join(", ", args.Select(a => Operand(a, Precedence.Logical)));

    // Regex literals and constant names joined by `+`, as in a pattern or a `const`.
    static string Concatenation(ExprSyntax expr) => expr is BinarySyntax { Operator: BinaryOperator.Concat } b
        ? $"{Concatenation(b.Left)} + {Concatenation(b.Right)}"
        : Primary(expr);

    // The spelling as written when the node has one; a float the lexer reads back otherwise.
    internal static string FloatSpelling(FloatSyntax f) =>
        f.Spelling.Length > 0 && f.Spelling.AsSpan().IndexOfAny(".eE") >= 0 ? f.Spelling : SyntaxSpelling.FloatLiteral(f.Value);
}
