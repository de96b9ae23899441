using System.Text.RegularExpressions;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// The per-line registers of one program, reused from line to line: the line and its log's name,
/// the timestamp register (set by <c>strptime</c>/<c>settime</c>), mtail's "matched" flag that
/// <c>otherwise</c> reads, and the last match of each pattern, which capture references read.
/// </summary>
public sealed class LineContext
{
    readonly Match?[] _matches;

    // Group texts computed ahead with a prematched match (PrematchResult.Values), by slot; null when not.
    readonly string[]?[] _values;

    readonly TimeProvider _clock;
    long _nowNanos;

    // This line's prematched results (LinePrematcher), when the caller computed them: _prematch[_prematchBase + i].
    PrematchResult[]? _prematch;
    int _prematchBase;

    internal LineContext(int patternCount, TimeProvider clock)
    {
        _matches = new Match?[patternCount];
        _values = new string[patternCount][];
        _clock = clock;
    }

    /// <summary>The line, without its newline.</summary>
    public string Line { get; private set; } = "";

    /// <summary>The log the line came from (mtail's <c>getfilename()</c>).</summary>
    public string FileName { get; private set; } = "";

    /// <summary>Wall-clock time when the line arrived, Unix nanoseconds.</summary>
    /// <remarks>Read from the clock on first use: most lines never need it (a clock read costs as much as a simple line).</remarks>
    public long NowNanos
    {
        get
        {
            if (_nowNanos == 0)
            {
                _nowNanos = (_clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;
            }
            return _nowNanos;
        }
    }

    /// <summary>The timestamp register, Unix nanoseconds; meaningful when <see cref="HasTimestamp"/>.</summary>
    /// <remarks>Wraps like Go's <c>UnixNano</c> for times outside 1678–2262 (a yearless strptime without the year patch).</remarks>
    public long TimestampNanos { get; set; }

    /// <summary>The timestamp register, Unix seconds, exact for any year: what <c>timestamp()</c> returns.</summary>
    public long TimestampSeconds { get; set; }

    public bool HasTimestamp { get; set; }

    /// <summary>mtail's matched flag: cleared when a condition's block starts, set when it ends.</summary>
    public bool Matched { get; set; }

    /// <summary>
    /// The runtime error that ended this line for this program, if any. Errors are flagged rather
    /// than thrown: in mtail's own examples a failing conversion can happen on most lines, and an
    /// exception per line would cost more than the line's work. Every statement stops once it is set.
    /// </summary>
    public string? Error { get; private set; }

    public bool Failed => Error is not null;

    /// <summary>Records a runtime error (the first one of the line wins).</summary>
    public void Fail(string message) => Error ??= message;

    /// <summary>The time to stamp a datum with: the register when set, else the line's arrival.</summary>
    public long StampNanos => HasTimestamp ? TimestampNanos : NowNanos;

    /// <summary>Counts lines, so that values computed once per line can be cached against it.</summary>
    public long LineNumber { get; private set; }

    internal void Reset(string line, string fileName, PrematchResult[]? prematch = null, int prematchBase = 0)
    {
        _prematch = prematch;
        _prematchBase = prematchBase;
        LineNumber++;
        Line = line;
        FileName = fileName;
        _nowNanos = 0;
        HasTimestamp = false;
        TimestampNanos = 0;
        TimestampSeconds = 0;
        Matched = false;
        Error = null;
        Array.Clear(_matches);
        Array.Clear(_values);
    }

    /// <summary>Sets the timestamp register (<c>strptime</c>, <c>settime</c>).</summary>
    public void SetTimestamp(long unixSeconds, int nanosecond)
    {
        TimestampSeconds = unixSeconds;
        TimestampNanos = unchecked((unixSeconds * 1_000_000_000) + nanosecond);
        HasTimestamp = true;
    }

    internal Match? GetMatch(int slot) => _matches[slot];

    /// <summary>The <paramref name="position"/>th top-level pattern's result on this line, if it was computed ahead.</summary>
    internal bool TryGetPrematch(int position, out PrematchResult result)
    {
        if (_prematch is { } prematch)
        {
            result = prematch[_prematchBase + position];
            return result.Computed;
        }
        result = default;
        return false;
    }

    internal void SetMatch(int slot, Match match, string[]? values = null)
    {
        _matches[slot] = match;
        _values[slot] = values;
    }

    /// <summary>The text of .NET group <paramref name="group"/> of the slot's match: taken ahead when it was, else made now.</summary>
    internal string GroupValue(int slot, int group)
    {
        if (_values[slot] is { } values)
        {
            return values[group];
        }
        try
        {
            return _matches[slot]!.Groups[group].Value;
        }
        catch (ArgumentOutOfRangeException)
        {
            // .NET's linear engine can report a group outside the input (found by the property tests):
            // the line's runtime error, not a crash.
            Fail($"regex engine reported capture group {group} outside the input");
            return "";
        }
    }
}
