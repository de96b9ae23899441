using System.Globalization;
using LogMetrics.Go;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Compilation;

/// <summary>
/// A lowered expression: one typed delegate of the kind the expression produces natively. The
/// As* methods convert with mtail's runtime rules (Go's strconv for strings to numbers, <c>%d</c>
/// and shortest <c>%g</c> for numbers to strings), so no value is ever boxed on the line path.
/// </summary>
readonly record struct Lowered
{
    public ValueKind Kind { get; private init; }
    Func<LineContext, long>? IntFn { get; init; }
    Func<LineContext, double>? FloatFn { get; init; }
    Func<LineContext, string>? StringFn { get; init; }
    Func<LineContext, bool>? BoolFn { get; init; }

    public static Lowered Int(Func<LineContext, long> f) => new() { Kind = ValueKind.Int, IntFn = f };
    public static Lowered Float(Func<LineContext, double> f) => new() { Kind = ValueKind.Float, FloatFn = f };
    public static Lowered String(Func<LineContext, string> f) => new() { Kind = ValueKind.String, StringFn = f };
    public static Lowered Bool(Func<LineContext, bool> f) => new() { Kind = ValueKind.Bool, BoolFn = f };

    public Func<LineContext, long> AsInt()
    {
        switch (Kind)
        {
            case ValueKind.Int:
                return IntFn!;
            case ValueKind.Float:
                var f = FloatFn!;
                return c => (long)f(c);
            case ValueKind.Bool:
                var b = BoolFn!;
                return c => b(c) ? 1 : 0;
            default:
                var s = StringFn!;
                return c => ParseInt(c, s(c));
        }
    }

    public Func<LineContext, double> AsFloat()
    {
        switch (Kind)
        {
            case ValueKind.Float:
                return FloatFn!;
            case ValueKind.Int:
                var i = IntFn!;
                return c => i(c);
            case ValueKind.Bool:
                var b = BoolFn!;
                return c => b(c) ? 1 : 0;
            default:
                var s = StringFn!;
                return c => ParseFloat(c, s(c));
        }
    }

    public Func<LineContext, string> AsString()
    {
        switch (Kind)
        {
            case ValueKind.Int:
                var i = IntFn!;
                return c => i(c).ToString(CultureInfo.InvariantCulture);
            case ValueKind.Float:
                var f = FloatFn!;
                return c => GoStrconv.FormatFloatG(f(c));
            case ValueKind.Bool:
                var b = BoolFn!;
                return c => b(c) ? "true" : "false";
            default:
                return StringFn!;
        }
    }

    public Func<LineContext, bool> AsBool()
    {
        switch (Kind)
        {
            case ValueKind.Bool:
                return BoolFn!;
            case ValueKind.Int:
                var i = IntFn!;
                return c => i(c) != 0;
            case ValueKind.Float:
                var f = FloatFn!;
                return c => f(c) != 0;
            default:
                // mtail's conditional jump is not taken for a non-boolean value: the block runs.
                var s = StringFn!;
                return c =>
                {
                    s(c);
                    return true;
                };
        }
    }

    /// <summary>Go's <c>strconv.ParseInt(s, 10, 64)</c>; a failure is the line's runtime error.</summary>
    public static long ParseInt(LineContext c, string s)
    {
        if (GoStrconv.TryParseInt(s, 10, out var value, out var error))
        {
            return value;
        }
        c.Fail(error!);
        return 0;
    }

    /// <summary>Go's <c>strconv.ParseFloat(s, 64)</c>; a failure is the line's runtime error.</summary>
    public static double ParseFloat(LineContext c, string s)
    {
        if (GoStrconv.TryParseFloat(s, out var value, out var error))
        {
            return value;
        }
        c.Fail(error!);
        return 0;
    }
}
