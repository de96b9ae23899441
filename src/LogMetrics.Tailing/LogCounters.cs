namespace LogMetrics.Tailing;

/// <summary>
/// The live counters behind one <see cref="LogStatus"/>. Updated by the polling thread and by
/// socket and stdin readers at once, so every change is atomic.
/// </summary>
internal sealed class LogCounters(string path)
{
    readonly Lock _lock = new();
    long _lines, _bytes, _opens, _closes, _rotations, _truncations, _cut, _errors, _refused;
    string? _lastError;
    string? _lastReported;

    public string Path => path;

    public void AddLine() => Interlocked.Increment(ref _lines);

    public long Lines => Interlocked.Read(ref _lines);

    public void AddBytes(long count) => Interlocked.Add(ref _bytes, count);

    /// <summary>Open handles (a file and its rotated predecessors still being read, or a listening socket).</summary>
    public bool IsOpen => Interlocked.Read(ref _opens) > Interlocked.Read(ref _closes);

    public void Opened() => Interlocked.Increment(ref _opens);

    public void Closed() => Interlocked.Increment(ref _closes);

    public void Rotated() => Interlocked.Increment(ref _rotations);

    public void Truncated() => Interlocked.Increment(ref _truncations);

    public void Cut() => Interlocked.Increment(ref _cut);

    /// <summary>A connection refused or closed at a limit.</summary>
    public void Refused() => Interlocked.Increment(ref _refused);

    /// <summary>
    /// Counts an error; true when it should be reported, that is when it is not the same error as
    /// the last one reported since the log last worked (a file that stays unreadable is retried
    /// every poll, and the host's log should say so once, not four times a second).
    /// </summary>
    public bool Failed(Exception e)
    {
        lock (_lock)
        {
            _errors++;
            _lastError = e.Message;
            var report = !string.Equals(_lastReported, e.Message, StringComparison.Ordinal);
            _lastReported = e.Message;
            return report;
        }
    }

    /// <summary>The log works again: its next error is reported even if it is the same as before.</summary>
    public void Recovered()
    {
        lock (_lock)
        {
            _lastReported = null;
        }
    }

    public LogStatus Snapshot()
    {
        lock (_lock)
        {
            return new LogStatus
            {
                Path = path,
                IsOpen = IsOpen,
                LinesRead = Interlocked.Read(ref _lines),
                BytesRead = Interlocked.Read(ref _bytes),
                Opens = Interlocked.Read(ref _opens),
                Closes = Interlocked.Read(ref _closes),
                Rotations = Interlocked.Read(ref _rotations),
                Truncations = Interlocked.Read(ref _truncations),
                LinesCut = Interlocked.Read(ref _cut),
                ConnectionsRefused = Interlocked.Read(ref _refused),
                Errors = _errors,
                LastError = _lastError,
            };
        }
    }
}
