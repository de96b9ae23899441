using LogMetrics.Go;
using LogMetrics.Language.Syntax;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Compilation;

/// <summary>
/// Arithmetic and bitwise operators with Go's int64 and float64 semantics: integers wrap, integer
/// division truncates and fails on zero, <c>%</c> takes the dividend's sign, <c>**</c> goes
/// through float64 as mtail does, shifts past 63 bits give 0 (or -1), and <c>+</c> on strings
/// concatenates.
/// </summary>
static class Arithmetic
{
    public static Lowered Lower(BinaryOperator op, ValueKind kind, Lowered left, Lowered right)
    {
        if (op is BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.Xor)
        {
            // No conversion is inserted for bitwise operands: the instruction pops ints, and a bool
            // from a comparison (`1 & 3 == 3` is `1 & (3 == 3)`) or a float fails there, once both
            // operands have been evaluated (a metric read on the right is created first).
            if (left.Kind == ValueKind.Int && right.Kind == ValueKind.Int)
            {
                return Bitwise(op, left.AsInt(), right.AsInt());
            }
            var (evaluateLeft, popLeft) = EvaluateThenPop(left);
            var (evaluateRight, popRight) = EvaluateThenPop(right);
            return Bitwise(op, c =>
            {
                evaluateLeft(c);
                evaluateRight(c);
                return popLeft(c);
            }, popRight);
        }
        switch (kind)
        {
            case ValueKind.Float:
            {
                var l = left.AsFloat();
                var r = right.AsFloat();
                return op switch
                {
                    BinaryOperator.Add => Lowered.Float(c => l(c) + r(c)),
                    BinaryOperator.Subtract => Lowered.Float(c => l(c) - r(c)),
                    BinaryOperator.Multiply => Lowered.Float(c => l(c) * r(c)),
                    BinaryOperator.Divide => Lowered.Float(c => l(c) / r(c)),
                    BinaryOperator.Modulo => Lowered.Float(c => l(c) % r(c)),
                    _ => Lowered.Float(c => GoMath.Pow(l(c), r(c))),
                };
            }
            case ValueKind.String:
            {
                var l = left.AsString();
                var r = right.AsString();
                return Lowered.String(c => string.Concat(l(c), r(c)));
            }
            default:
            {
                var l = left.AsInt();
                var r = right.AsInt();
                return op switch
                {
                    BinaryOperator.Add => Lowered.Int(c => l(c) + r(c)),
                    BinaryOperator.Subtract => Lowered.Int(c => l(c) - r(c)),
                    BinaryOperator.Multiply => Lowered.Int(c => l(c) * r(c)),
                    BinaryOperator.Divide => Lowered.Int(c => Divide(c, l(c), r(c), "/")),
                    BinaryOperator.Modulo => Lowered.Int(c => Divide(c, l(c), r(c), "%")),
                    _ => Lowered.Int(c => GoMath.PowInt(l(c), r(c))),
                };
            }
        }
    }

    // Splits an operand into its evaluation (into a slot of this expression: a program runs one
    // line at a time) and the instruction's pop of it as an int, which may fail.
    static (Action<LineContext> Evaluate, Func<LineContext, long> Pop) EvaluateThenPop(Lowered value)
    {
        switch (value.Kind)
        {
            case ValueKind.Int:
            {
                var f = value.AsInt();
                var slot = new long[1];
                return (c => slot[0] = f(c), _ => slot[0]);
            }
            case ValueKind.Float:
            {
                var f = value.AsFloat();
                var slot = new double[1];
                return (c => slot[0] = f(c), TypedSetters.ToInt(Lowered.Float(_ => slot[0])));
            }
            case ValueKind.Bool:
            {
                var f = value.AsBool();
                var slot = new bool[1];
                return (c => slot[0] = f(c), TypedSetters.ToInt(Lowered.Bool(_ => slot[0])));
            }
            default:
            {
                var f = value.AsString();
                var slot = new string[1];
                return (c => slot[0] = f(c), TypedSetters.ToInt(Lowered.String(_ => slot[0])));
            }
        }
    }

    static long Divide(LineContext c, long a, long b, string op)
    {
        if (b == 0)
        {
            // mtail's message says `%` for both of its integer division instructions.
            c.Fail($"Divide by zero {a} % {b}");
            return 0;
        }
        if (b == -1)
        {
            // Go defines MinValue / -1 as MinValue (wrapping) and MinValue % -1 as 0; C# throws.
            return op == "/" ? unchecked(-a) : 0;
        }
        return op == "/" ? a / b : a % b;
    }

    static Lowered Bitwise(BinaryOperator op, Func<LineContext, long> l, Func<LineContext, long> r) => op switch
    {
        BinaryOperator.BitAnd => Lowered.Int(c => l(c) & r(c)),
        BinaryOperator.BitOr => Lowered.Int(c => l(c) | r(c)),
        BinaryOperator.Xor => Lowered.Int(c => l(c) ^ r(c)),
        BinaryOperator.ShiftLeft => Lowered.Int(c => Shift(c, l(c), r(c), left: true)),
        _ => Lowered.Int(c => Shift(c, l(c), r(c), left: false)),
    };

    static long Shift(LineContext c, long value, long count, bool left)
    {
        if (count is < 0 or > int.MaxValue)
        {
            c.Fail("shift int out of range");
            return 0;
        }
        if (count >= 64)
        {
            return left || value >= 0 ? 0 : -1;
        }
        return left ? value << (int)count : value >> (int)count;
    }
}

/// <summary>Comparisons on the operands' least upper bound: integers, floats, or strings in byte order.</summary>
static class Comparisons
{
    public static Lowered Lower(BinaryOperator op, ValueKind kind, Lowered left, Lowered right)
    {
        switch (kind)
        {
            case ValueKind.Float:
            {
                var l = left.AsFloat();
                var r = right.AsFloat();
                return Lowered.Bool(c => TestFloat(op, l(c), r(c)));
            }
            case ValueKind.String or ValueKind.Pattern or ValueKind.None:
            {
                var l = left.AsString();
                var r = right.AsString();
                return Lowered.Bool(c =>
                {
                    var a = l(c);
                    var b = r(c);
                    return Test(op, string.CompareOrdinal(a, b), string.Equals(a, b, StringComparison.Ordinal));
                });
            }
            default:
            {
                var l = left.AsInt();
                var r = right.AsInt();
                return Lowered.Bool(c =>
                {
                    var a = l(c);
                    var b = r(c);
                    return Test(op, a.CompareTo(b), a == b);
                });
            }
        }
    }

    /// <summary>
    /// mtail's untyped comparison of a string on the left (a builtin's result, see
    /// <c>SemanticModel.IsUntypedComparison</c>): a left string that parses as a Go float is a
    /// number, and then the right must parse too (else the line fails); any other left string
    /// compares with the right as strings.
    /// </summary>
    public static Lowered LowerUntyped(BinaryOperator op, Lowered left, Lowered right)
    {
        var l = left.AsString();
        var r = right.AsString();
        return Lowered.Bool(c =>
        {
            var a = l(c);
            var b = r(c);
            if (!GoStrconv.TryParseFloat(a, out var x, out _))
            {
                return Test(op, string.CompareOrdinal(a, b), string.Equals(a, b, StringComparison.Ordinal));
            }
            if (!GoStrconv.TryParseFloat(b, out var y, out _))
            {
                c.Fail($"cannot compare float64 %!q(float64={GoStrconv.FormatFloatG(x)}) with string {GoQuote.String(b)}");
                return false;
            }
            return TestFloat(op, x, y);
        });
    }

    // IEEE comparisons, as Go's, except that mtail compiles `a <= b` as not(a > b) and `a >= b` as
    // not(a < b): with a NaN operand those two are true.
    internal static bool TestFloat(BinaryOperator op, double a, double b) => op switch
    {
        BinaryOperator.Less => a < b,
        BinaryOperator.Greater => a > b,
        BinaryOperator.LessOrEqual => !(a > b),
        BinaryOperator.GreaterOrEqual => !(a < b),
        BinaryOperator.Equal => a == b,
        _ => a != b,
    };

    static bool Test(BinaryOperator op, int order, bool equal) => op switch
    {
        BinaryOperator.Less => order < 0,
        BinaryOperator.Greater => order > 0,
        BinaryOperator.LessOrEqual => order <= 0,
        BinaryOperator.GreaterOrEqual => order >= 0,
        BinaryOperator.Equal => equal,
        _ => !equal,
    };
}
