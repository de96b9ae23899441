using LogMetrics.Language.Go;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Builtins;

/// <summary><c>strtol(s, base)</c>: Go's <c>strconv.ParseInt(s, base, 64)</c>, without a <c>0x</c> prefix for base 16.</summary>
public static class Strtol
{
    public static long Parse(string text, long radix)
    {
        if (radix is < int.MinValue or > int.MaxValue)
        {
            throw new RuntimeErrorException($"int32 out of range: {radix}");
        }
        return GoStrconv.TryParseInt(text, (int)radix, out var value, out var error)
            ? value
            : throw new RuntimeErrorException(error!);
    }
}
