using LogMetrics.Language.Go;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Builtins;

/// <summary><c>strtol(s, base)</c>: Go's <c>strconv.ParseInt(s, base, 64)</c>, without a <c>0x</c> prefix for base 16 and without base 0.</summary>
public static class Strtol
{
    public static long Parse(string text, long radix)
    {
        // mtail 3.0.0-rc50 rejects a base below 1 or of 2^31-1 and more before Go sees it, so base 0
        // (Go's "detect the prefix") is an error too; 1 and 37… reach Go and fail there.
        if (radix is < 1 or >= int.MaxValue)
        {
            throw new RuntimeErrorException("int32 out of range");
        }
        return GoStrconv.TryParseInt(text, (int)radix, out var value, out var error)
            ? value
            : throw new RuntimeErrorException(error!);
    }
}
