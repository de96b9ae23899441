using System.Threading.Channels;
using LogMetrics.Tailing.Files;
using LogMetrics.Tailing.Sources;

namespace LogMetrics.Tailing;

/// <summary>
/// What every reader shares: the options, the output, error reporting and the polling thread's
/// read buffer.
/// </summary>
internal sealed class TailContext(TailerOptions options, ChannelWriter<LogLine> output, CancellationToken abort)
{
    const int ReadBufferBytes = 64 * 1024;

    public TailerOptions Options => options;

    public TimeProvider Clock => options.Clock;

    /// <summary>Read buffer for the polling thread only (polls never overlap).</summary>
    public byte[] PollBuffer { get; } = new byte[ReadBufferBytes];

    public event Action<string, Exception>? Error;

    /// <summary>Log files open, against <see cref="TailerOptions.MaxOpenFiles"/>.</summary>
    public FileHandles Files { get; } = new(options.MaxOpenFiles);

    /// <summary>Bytes of partial lines held by all stream connections (see <see cref="TailerOptions.StreamBufferBytes"/>).</summary>
    public StreamBudget StreamBuffers { get; } = new(options.StreamBufferBytes);

    /// <summary>Counts a connection refused or closed at a limit, telling the host the first time for this limit.</summary>
    public void Refuse(LogCounters counters, string why, ref int reported)
    {
        counters.Refused();
        if (Interlocked.Exchange(ref reported, 1) == 0)
        {
            Error?.Invoke(counters.Path, new IOException(why + " (counted in logmetrics_log_connections_refused_total; reported once)"));
        }
    }

    /// <summary>The files' read positions, when <see cref="TailerOptions.TrackPositions"/> is set.</summary>
    public LogCursors Cursors { get; } = new();

    /// <summary>
    /// Hands on a line. A full bounded channel makes the reader wait, so a slow consumer slows the
    /// tailer down instead of losing lines; only disposing the tailer gives up.
    /// </summary>
    public void Emit(LogCounters counters, string text) => Emit(counters, new LogLine(counters.Path, text));

    /// <summary>Hands on a line of a file whose position is tracked: <paramref name="endOffset"/> is just after it.</summary>
    public void Emit(LogCounters counters, string text, LogCursor cursor, long endOffset)
    {
        cursor.Emitted();
        Emit(counters, new LogLine(counters.Path, text) { Cursor = cursor, EndOffset = endOffset, Generation = cursor.Generation });
    }

    void Emit(LogCounters counters, LogLine line)
    {
        if (!output.TryWrite(line))
        {
            output.WriteAsync(line, abort).AsTask().GetAwaiter().GetResult();
        }
        counters.AddLine();
    }

    /// <summary>Counts an error and reports it to the host unless it repeats the last one.</summary>
    public void Fail(LogCounters counters, Exception e)
    {
        if (counters.Failed(e))
        {
            Error?.Invoke(counters.Path, e);
        }
    }

    /// <summary>Tells the host about a problem that belongs to no log's counters (the passthrough copy, say).</summary>
    public void Report(string name, Exception e) => Error?.Invoke(name, e);

    /// <summary>Counts lines cut at the limit and tells the host.</summary>
    public void Cut(LogCounters counters, long count)
    {
        for (var i = 0; i < count; i++)
        {
            counters.Cut();
            Error?.Invoke(counters.Path, new LineTooLongException(counters.Path, options.MaxLineBytes));
        }
    }
}
