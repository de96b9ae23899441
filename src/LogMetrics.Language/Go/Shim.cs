// TEMPORARY: stand-ins until the Go compatibility branch is merged. Removed at merge.
using System.Globalization;

namespace LogMetrics.Language.Go;

public static class GoQuote
{
    public static string Rune(int r) => r == 0xFFFD ? "'\uFFFD'" : r == 0xFEFF ? "'\\ufeff'" : $"'{char.ConvertFromUtf32(r)}'";

    public static string String(string s) => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

public static class GoStrconv
{
    public static bool TryParseFloat(string s, out double value, out string? error)
    {
        var ok = double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        error = ok ? null : $"strconv.ParseFloat: parsing {GoQuote.String(s)}: invalid syntax";
        return ok;
    }
}

public static class GoDuration
{
    public static bool TryParse(string s, out long nanos, out string? error)
    {
        nanos = 0;
        error = null;
        var unit = s[^1];
        if (unit == 'd')
        {
            error = $"time: unknown unit \"d\" in duration \"{s}\"";
            return false;
        }
        if (!double.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            error = $"time: invalid duration \"{s}\"";
            return false;
        }
        nanos = (long)(v * (unit == 's' ? 1e9 : unit == 'm' ? 60e9 : 3600e9));
        return true;
    }
}
