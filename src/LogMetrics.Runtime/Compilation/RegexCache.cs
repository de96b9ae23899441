using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace LogMetrics.Runtime.Compilation;

/// <summary>
/// One compiled <see cref="Regex"/> per distinct pattern text and options, shared by every program that uses
/// it: building a compiled regex costs milliseconds of code generation, and programs loaded together often
/// repeat patterns (a common prefix, or the same program for several logs). Regex instances are immutable and
/// safe to match from many threads. Entries hold their regex weakly, so a reload that drops a pattern lets the
/// regex go.
/// </summary>
internal static class RegexCache
{
    static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), WeakReference<Regex>> Entries = new();

    public static Regex Get(string pattern, RegexOptions options)
    {
        var key = (pattern, options);
        if (Entries.TryGetValue(key, out var weak) && weak.TryGetTarget(out var cached))
        {
            return cached;
        }
        var regex = new Regex(pattern, options);
        Entries[key] = new WeakReference<Regex>(regex);
        return regex;
    }
}
