namespace LogMetrics.Go;

/// <summary>
/// mtail's <c>strptime(value, layout)</c> as its VM runs it (<c>VM.ParseTime</c> plus the time memo):
/// <c>time.ParseInLocation</c> in the <c>-override_timezone</c> location; the current-year patch for
/// yearless layouts under <c>-syslog_use_current_year</c>; and a 64-entry memo keyed by the value only.
/// One instance per program, like mtail's VM; not thread-safe.
/// </summary>
/// <remarks>
/// mtail's main always calls <c>time.LoadLocation(flag)</c>, and an empty flag loads UTC, so the VM
/// never takes its <c>time.Parse</c> branch: zone abbreviations resolve against the override zone
/// (or UTC), never against <c>$TZ</c>. Verified with rc50: with TZ=America/New_York, "EDT" parses as offset 0.
/// </remarks>
public sealed class GoStrptime
{
    /// <summary>The size of mtail's strptime memo.</summary>
    public const int MemoSize = 64;

    // Layouts are nearly always literals; a bound keeps a computed layout from growing this forever.
    private const int MaxCompiledLayouts = 64;

    private readonly GoLocation _location;
    private readonly bool _useCurrentYear;
    private readonly TimeProvider _clock;
    private readonly GoTimeMemo _memo = new(MemoSize);
    private readonly Dictionary<string, GoTimeLayout> _layouts = new(StringComparer.Ordinal);

    /// <param name="location">The <c>-override_timezone</c> location; UTC when null (the flag's empty default).</param>
    /// <param name="syslogUseCurrentYear">mtail's <c>-syslog_use_current_year</c> (default true).</param>
    /// <param name="clock">Supplies "now" for the current-year patch; the system clock by default.</param>
    public GoStrptime(GoLocation? location = null, bool syslogUseCurrentYear = true, TimeProvider? clock = null)
    {
        _location = location ?? GoLocation.Utc;
        _useCurrentYear = syslogUseCurrentYear;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Parses as mtail's Strptime instruction does. On failure returns false with mtail's runtime error
    /// text, <c>strptime (LAYOUT, VALUE, LOC) failed: …</c>, and <paramref name="time"/> is Go's zero Time.
    /// </summary>
    /// <remarks>
    /// The memo is keyed by the value alone, so a value seen before returns its first result whatever
    /// the layout — and a value that failed before returns the zero Time with no error, because mtail
    /// memoises the failed result too. Both are observable in mtail and kept.
    /// </remarks>
    public bool TryParse(string value, string layout, out GoTime time, out string? error)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (!_layouts.TryGetValue(layout, out var compiled))
        {
            if (_layouts.Count >= MaxCompiledLayouts)
            {
                _layouts.Clear();
            }

            compiled = GoTimeLayout.Compile(layout);
            _layouts[layout] = compiled;
        }

        return TryParse(value, compiled, out time, out error);
    }

    /// <summary>As <see cref="TryParse(string, string, out GoTime, out string?)"/> with a layout compiled ahead of time.</summary>
    public bool TryParse(string value, GoTimeLayout layout, out GoTime time, out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(layout);
        error = null;
        if (_memo.TryGet(value, out time))
        {
            return true;
        }

        var ok = layout.TryParse(value, _location, _location, out time, out var parseError);
        if (!ok)
        {
            error = "strptime (" + layout.Layout + ", " + value + ", " + _location.Name + ") failed: " + parseError;
        }
        else if (_useCurrentYear && time.Year == 0)
        {
            // "Now" is read in the same location, so a log written just after New Year gets the new year.
            var now = new GoTime(_clock.GetUtcNow().ToUnixTimeSeconds(), 0, _location);
            time = time.AddYears(now.Year);
        }

        _memo.Add(value, time);
        return ok;
    }

    /// <summary>The advice line mtail's checker adds under an invalid layout.</summary>
    public const string LayoutHint = "Refer to the documentation at https://golang.org/pkg/time/#pkg-constants for advice.";

    /// <summary>
    /// mtail's compile-time check of a string-literal layout: it must parse a copy of itself with every
    /// <c>_</c> removed and every <c>Z</c> turned into <c>+</c>. On failure returns false with the message
    /// <c>invalid time format string "…"</c>; <see cref="LayoutHint"/> is the hint line that follows it.
    /// </summary>
    public static bool CheckLayout(string layout, out string? message)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var sample = layout.Replace("_", "", StringComparison.Ordinal).Replace('Z', '+');
        if (GoTimeLayout.Compile(layout).TryParse(sample, GoLocation.Utc, GoLocation.Utc, out _, out _))
        {
            message = null;
            return true;
        }

        message = "invalid time format string " + GoQuote.String(layout);
        return false;
    }
}
