using System.Globalization;
using LogMetrics.Go;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Compilation;

/// <summary>
/// The value conversions of mtail's typed setters. An assignment gets no conversion from the
/// checker: the instruction chosen by the metric's type pops whatever the right-hand side left on
/// the stack and converts it itself (<c>PopInt</c>, <c>PopFloat</c>, <c>PopString</c> in mtail's VM).
/// So a string parses (with a "conversion of … failed" prefix), <c>len()</c>'s Go <c>int</c> goes
/// anywhere, but an int64 into a Float metric or a float64 into an Int metric fails, with Go's
/// <c>%T %q</c> in the message. Failures are the line's runtime error.
/// </summary>
static class TypedSetters
{
    /// <summary><c>PopInt</c>: for <c>iset</c>, the delta of <c>inc</c>, and the bitwise instructions.</summary>
    public static Func<LineContext, long> ToInt(Lowered value)
    {
        switch (value.Kind)
        {
            case ValueKind.Int:
                return value.AsInt();
            case ValueKind.Float:
                var f = value.AsFloat();
                return c => Fail<long>(c, Unexpected("int", f(c)));
            case ValueKind.Bool:
                var b = value.AsBool();
                return c => Fail<long>(c, Unexpected("int", b(c)));
            default:
                var s = value.AsString();
                return c => ParseInt(c, s(c));
        }
    }

    /// <summary><c>PopFloat</c>: for <c>fset</c> and float <c>+=</c>. <paramref name="isGoInt"/>: the value is <c>len()</c>'s Go <c>int</c>.</summary>
    public static Func<LineContext, double> ToFloat(Lowered value, bool isGoInt)
    {
        switch (value.Kind)
        {
            case ValueKind.Float:
                return value.AsFloat();
            case ValueKind.Int when isGoInt:
                return value.AsFloat();
            case ValueKind.Int:
                var i = value.AsInt();
                return c => Fail<double>(c, Unexpected("float", i(c)));
            case ValueKind.Bool:
                var b = value.AsBool();
                return c => Fail<double>(c, Unexpected("float", b(c)));
            default:
                var s = value.AsString();
                return c => ParseFloat(c, s(c));
        }
    }

    /// <summary><c>PopString</c>: for <c>sset</c> and string <c>+=</c>; a float prints with Go's <c>'G'</c>.</summary>
    public static Func<LineContext, string> ToText(Lowered value)
    {
        switch (value.Kind)
        {
            case ValueKind.Float:
                var f = value.AsFloat();
                return c => GoStrconv.FormatFloat(f(c), 'G');
            case ValueKind.Bool:
                var b = value.AsBool();
                return c => Fail(c, $"unexpected type for string bool {BadVerb(b(c))}", "");
            default:
                return value.AsString();
        }
    }

    static T Fail<T>(LineContext c, string message, T value = default!)
    {
        c.Fail(message);
        return value;
    }

    static long ParseInt(LineContext c, string s) =>
        GoStrconv.TryParseInt(s, 10, out var value, out var error)
            ? value
            : Fail<long>(c, $"conversion of {GoQuote.String(s)} to int failed: {error}");

    static double ParseFloat(LineContext c, string s) =>
        GoStrconv.TryParseFloat(s, out var value, out var error)
            ? value
            : Fail<double>(c, $"conversion of {GoQuote.String(s)} to float failed: {error}");

    // Go's %q of a float64 is a bad verb: %!q(float64=3.5).
    static string Unexpected(string wanted, double value) =>
        $"unexpected {wanted} type float64 %!q(float64={GoStrconv.FormatFloatG(value)})";

    static string Unexpected(string wanted, bool value) =>
        $"unexpected {wanted} type bool {BadVerb(value)}";

    // Go's %q of an int64 quotes it as a rune; beyond Unicode (or negative) it is U+FFFD.
    static string Unexpected(string wanted, long value) =>
        $"unexpected {wanted} type int64 {GoQuote.Rune(value is < 0 or > 0x10FFFF ? 0xFFFD : (int)value)}";

    static string BadVerb(bool value) => string.Create(CultureInfo.InvariantCulture, $"%!q(bool={(value ? "true" : "false")})");
}
