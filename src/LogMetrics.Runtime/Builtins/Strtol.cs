using LogMetrics.Language.Go;

namespace LogMetrics.Runtime.Builtins;

/// <summary><c>strtol(s, base)</c>: Go's <c>strconv.ParseInt(s, base, 64)</c>, without a <c>0x</c> prefix for base 16.</summary>
public static class Strtol
{
    public static bool TryParse(string text, long radix, out long value, out string? error)
    {
        if (radix is < int.MinValue or > int.MaxValue)
        {
            value = 0;
            error = $"int32 out of range: {radix}";
            return false;
        }
        return GoStrconv.TryParseInt(text, (int)radix, out value, out error);
    }
}
