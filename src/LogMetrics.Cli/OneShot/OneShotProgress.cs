using System.Globalization;

namespace LogMetrics.Cli.OneShot;

/// <summary>
/// Progress of a long <c>-one_shot</c> run on a terminal: lines, bytes and rate, redrawn in place
/// about once a second, and the totals on a line of their own at the end (only if anything was
/// shown, so a short run prints nothing). It is told about each buffer read, never each line:
/// lines are counted as newlines in the buffer, and the clock is read once per buffer.
/// </summary>
public sealed class OneShotProgress
{
    static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    readonly TextWriter _output;
    readonly TimeProvider _clock;
    readonly long _start;
    long _lastShown;
    long _lines;
    long _bytes;
    bool _shown;

    public OneShotProgress(TextWriter output, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(clock);
        _output = output;
        _clock = clock;
        _start = _lastShown = clock.GetTimestamp();
    }

    /// <summary>
    /// A reporter for <paramref name="stderr"/> when it is the process's standard error and a
    /// terminal; null otherwise, so redirected runs (scripts, CI, tests) see nothing at all.
    /// </summary>
    public static OneShotProgress? ForTerminal(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new OneShotProgress(stderr, TimeProvider.System) : null;

    /// <summary>Counts one buffer just read; redraws when a second has passed since the last time.</summary>
    public void Add(ReadOnlySpan<byte> buffer)
    {
        _bytes += buffer.Length;
        _lines += buffer.Count((byte)'\n');
        var now = _clock.GetTimestamp();
        if (_clock.GetElapsedTime(_lastShown, now) >= Period)
        {
            _lastShown = now;
            _shown = true;
            // \r and "erase to end of line": the line is redrawn in place.
            _output.Write($"\r{Format(_lines, _bytes, _clock.GetElapsedTime(_start, now))}\u001b[K");
            _output.Flush();
        }
    }

    /// <summary>Ends the progress line with the totals, if one was shown.</summary>
    public void Finish()
    {
        if (_shown)
        {
            _output.Write($"\r{Format(_lines, _bytes, _clock.GetElapsedTime(_start))}\u001b[K\n");
            _output.Flush();
        }
    }

    /// <summary>One progress line: <c>1,234,567 lines, 120.5 MiB, 40.2 MiB/s, 411,522 lines/s</c>.</summary>
    public static string Format(long lines, long bytes, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture,
            $"{lines:N0} lines, {Size(bytes)}, {Size(bytes / seconds)}/s, {lines / seconds:N0} lines/s");
    }

    static string Size(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var unit = 0;
        while (bytes >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }
        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes:0} B")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:0.0} {units[unit]}");
    }
}
