using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

public sealed partial class Checker
{
    /// <summary>mtail's names for operators in messages.</summary>
    public static string OperatorName(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "PLUS",
        BinaryOperator.Subtract => "MINUS",
        BinaryOperator.Multiply => "MUL",
        BinaryOperator.Divide => "DIV",
        BinaryOperator.Modulo => "MOD",
        BinaryOperator.Power => "POW",
        BinaryOperator.ShiftLeft => "SHL",
        BinaryOperator.ShiftRight => "SHR",
        BinaryOperator.Less => "LT",
        BinaryOperator.Greater => "GT",
        BinaryOperator.LessOrEqual => "LE",
        BinaryOperator.GreaterOrEqual => "GE",
        BinaryOperator.Equal => "EQ",
        BinaryOperator.NotEqual => "NE",
        BinaryOperator.BitAnd => "BITAND",
        BinaryOperator.BitOr => "BITOR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.And => "AND",
        BinaryOperator.Or => "OR",
        BinaryOperator.Match => "MATCH",
        BinaryOperator.NotMatch => "NOT_MATCH",
        BinaryOperator.Assign => "ASSIGN",
        BinaryOperator.AddAssign => "ADD_ASSIGN",
        _ => "PLUS",
    };

    // A read of a metric whose value type is inferred (every kind but text, which is always String)
    // keeps mtail's type variable as its type, never the shared String: on the left of a comparison
    // it gets the untyped one, as a builtin's result does.
    bool IsInferredMetricRead(ExprSyntax expr)
    {
        var target = expr is IndexedSyntax indexed ? indexed.Target : expr;
        return _model.SymbolOf.TryGetValue(target, out var symbol) && symbol.Binding is DeclSyntax { Kind: not MetricKindSyntax.Text };
    }

    MtailType VisitBinary(BinarySyntax binary)
    {
        var left = VisitExpr(binary.Left);
        var right = VisitExpr(binary.Right);
        if (Types.IsError(left))
        {
            return left;
        }
        if (Types.IsError(right))
        {
            return right;
        }
        var pos = SyntaxPositions.Of(binary);
        var name = OperatorName(binary.Operator);
        switch (binary.Operator)
        {
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide
                or BinaryOperator.Modulo or BinaryOperator.Power:
            {
                var result = Types.LeastUpperBound(left, right);
                if (result is TypeError mismatch)
                {
                    Error(pos, $"type mismatch; can't apply {name} to LHS of type {Quote(left)} with RHS of type {Quote(right)}.");
                    return mismatch;
                }
                var t = NewVariable();
                if (Types.Unify(Types.Function(t, t, t), Types.Function(left, right, result)) is { } error)
                {
                    Error(pos, error.ToString());
                    return error;
                }
                // Only an integer division by a literal 0 is rejected (as in mtail): a Float one gives
                // ±Inf or NaN at run time, and a String one fails later, in code generation.
                if (binary.Operator is BinaryOperator.Divide or BinaryOperator.Modulo && binary.Right is IntSyntax { Value: 0 }
                    && Types.Equals(result, Types.Int))
                {
                    Error(pos, "Can't divide by zero.");
                    return Types.Error;
                }
                return result;
            }
            case BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.Xor:
                if (Types.Unify(Types.Function(Types.Int, Types.Int, Types.Int), Types.Function(left, right, NewVariable())) is { } bitError)
                {
                    Error(pos, bitError.Kind == TypeError.Mismatch
                        ? $"Integer types expected for bitwise {name}, got {TypeName(left)} and {TypeName(right)}"
                        : bitError.ToString());
                    return bitError;
                }
                return Types.Int;
            case BinaryOperator.And or BinaryOperator.Or:
            {
                // A constant pattern on either side is matched against the line.
                var l = Types.Equals(left, Types.Pattern) ? Types.Bool : left;
                var r = Types.Equals(right, Types.Pattern) ? Types.Bool : right;
                if (Types.Unify(Types.Function(Types.Bool, Types.Bool, Types.Bool), Types.Function(l, r, NewVariable())) is { } logicError)
                {
                    Error(pos, logicError.Kind == TypeError.Mismatch
                        ? $"Boolean types expected for bitwise {name}, got {TypeName(l)} and {TypeName(r)}"
                        : logicError.ToString());
                    return logicError;
                }
                return Types.Bool;
            }
            case BinaryOperator.Less or BinaryOperator.Greater or BinaryOperator.LessOrEqual or BinaryOperator.GreaterOrEqual
                or BinaryOperator.Equal or BinaryOperator.NotEqual:
            {
                var t = Types.LeastUpperBound(left, right);
                if (t is TypeError mismatch)
                {
                    Error(pos, $"type mismatch: can't apply {name} to LHS of type {Quote(left)} with RHS of type {Quote(right)}.");
                    return mismatch;
                }
                if (Types.Unify(Types.Function(t, t, Types.Bool), Types.Function(left, right, Types.Bool)) is { } error)
                {
                    Error(pos, error.ToString());
                    return error;
                }
                // A metric of another type on the left is converted to String first, and the
                // conversion's type is the shared one: that comparison is typed.
                if ((Types.IsUntypedString(left) || (IsInferredMetricRead(binary.Left) && Types.Equals(left, Types.String)))
                    && Types.Equals(t, Types.String))
                {
                    _model.UntypedComparisons.Add(binary);
                }
                return Types.Bool;
            }
            case BinaryOperator.Assign or BinaryOperator.AddAssign:
            {
                var t = Types.LeastUpperBound(left, right);
                if (Types.Unify(left, t) is { } error)
                {
                    Error(pos, error.ToString());
                    return error;
                }
                if (binary.Left is not (IndexedSyntax or IdSyntax))
                {
                    Error(SyntaxPositions.Of(binary.Left), "Can't assign to expression on left; expecting a variable here.");
                    return Types.Error;
                }
                return left;
            }
            case BinaryOperator.Match or BinaryOperator.NotMatch:
            {
                if (Types.Unify(Types.Function(NewVariable(), Types.Pattern, Types.Bool), Types.Function(left, right, NewVariable())) is { } error)
                {
                    Error(pos, error.Kind == TypeError.Mismatch ? $"{error} for {name} operator." : error.ToString());
                    return error;
                }
                if (!_model.PatternOf.ContainsKey(binary.Right))
                {
                    // A right-hand side that is not a pattern is used as one: its constant text, or
                    // (mtail's behaviour for anything else) the empty pattern, which always matches.
                    VisitPattern(binary.Right, binary.Right);
                }
                return Types.Bool;
            }
            default:
                Error(pos, $"Unexpected operator {name}");
                return Types.Error;
        }
    }
}
