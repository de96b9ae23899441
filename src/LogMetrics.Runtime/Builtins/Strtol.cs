using LogMetrics.Go;

namespace LogMetrics.Runtime.Builtins;

/// <summary><c>strtol(s, base)</c>: Go's <c>strconv.ParseInt(s, base, 64)</c>, without a <c>0x</c> prefix for base 16 and without base 0.</summary>
public static class Strtol
{
    public static bool TryParse(string text, long radix, out long value, out string? error)
    {
        // mtail 3.0.0-rc50 rejects a base below 1 or of 2^31-1 and more before Go sees it, so base 0
        // (Go's "detect the prefix") is an error too; 1 and 37… reach Go and fail there.
        if (radix is < 1 or >= int.MaxValue)
        {
            value = 0;
            error = "int32 out of range";
            return false;
        }
        return GoStrconv.TryParseInt(text, (int)radix, out value, out error);
    }
}
