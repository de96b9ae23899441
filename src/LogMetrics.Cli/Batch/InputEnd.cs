using LogMetrics.Tailing;

namespace LogMetrics.Cli.Batch;

/// <summary>
/// <c>-exit_on_eof</c>: tells from the tailer's counters when the input has ended. Standard input,
/// when read, must have closed; every other log (files, sockets) must have stopped growing for
/// <c>-idle_exit</c>. Idleness counts from the start, so a file that never appears (a job that
/// failed before logging) ends the run too rather than keeping a Job's pod alive for ever.
/// </summary>
public sealed class InputEnd
{
    readonly TimeSpan _idleExit;
    readonly bool _readsStdin;
    readonly bool _readsOthers;
    long _bytes;
    DateTimeOffset _lastGrowth;

    /// <param name="patterns">The <c>-logs</c> values.</param>
    /// <param name="idleExit">How long logs other than standard input must not grow.</param>
    /// <param name="start">When the run started.</param>
    public InputEnd(IEnumerable<string> patterns, TimeSpan idleExit, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var stdin = patterns.ToLookup(StandardInput.Is);
        _readsStdin = stdin[true].Any();
        _readsOthers = stdin[false].Any();
        _idleExit = idleExit;
        _lastGrowth = start;
    }

    /// <summary>Why the input has ended, or null while it goes on.</summary>
    public string? Check(IReadOnlyList<LogStatus> logs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var stdinClosed = false;
        long bytes = 0;
        foreach (var log in logs)
        {
            if (log.Path == StandardInput.Name)
            {
                stdinClosed = log.Closes > 0;
            }
            else
            {
                bytes += log.BytesRead;
            }
        }
        if (bytes != _bytes)
        {
            _bytes = bytes;
            _lastGrowth = now;
        }
        var idle = now - _lastGrowth >= _idleExit;
        return (_readsStdin, _readsOthers) switch
        {
            (true, false) when stdinClosed => "Standard input closed",
            (true, true) when stdinClosed && idle => $"Standard input closed and no other log grew for {GoDuration(_idleExit)}",
            (false, _) when idle => $"No log grew for {GoDuration(_idleExit)}",
            _ => null,
        };
    }

    static string GoDuration(TimeSpan span) => Go.GoDuration.Format(span.Ticks * 100);
}
