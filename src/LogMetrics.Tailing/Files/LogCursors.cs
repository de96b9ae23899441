namespace LogMetrics.Tailing.Files;

/// <summary>
/// The cursors of every file being read or whose lines may still be waiting to be processed: what
/// a checkpoint saves. Added to by the polling thread, read by the consumer's thread.
/// </summary>
internal sealed class LogCursors
{
    readonly Lock _lock = new();
    readonly List<LogCursor> _cursors = [];

    public void Add(LogCursor cursor)
    {
        lock (_lock)
        {
            _cursors.Add(cursor);
        }
    }

    /// <summary>
    /// The checkpoint entries; cursors of closed files whose every line has been processed are
    /// dropped (their files are no longer read, and a restart has nothing to resume in them).
    /// </summary>
    public IReadOnlyList<LogCheckpoint> Capture()
    {
        lock (_lock)
        {
            _cursors.RemoveAll(c => c.IsFinished);
            return [.. _cursors.Select(c => c.ToCheckpoint())];
        }
    }
}
