namespace LogMetrics.Tailing.Files;

/// <summary>
/// How many log files are open and how many may be (<see cref="TailerOptions.MaxOpenFiles"/>); opens put off for
/// lack of a descriptor. Files past the limit are parked (closed, their place kept) and reopened by identity when
/// they change: see <see cref="OpenLog.Park"/>.
/// </summary>
internal sealed class FileHandles(int limit)
{
    int _open;
    long _deferred;
    int _warned;

    public int Limit => limit;

    /// <summary>Log files open now.</summary>
    public int Open => Volatile.Read(ref _open);

    public bool Full => Open >= limit;

    /// <summary>Opens of log files put off so far (at the limit, or the process out of descriptors), each retried.</summary>
    public long Deferred => Interlocked.Read(ref _deferred);

    public void Opened() => Interlocked.Increment(ref _open);

    public void Closed() => Interlocked.Decrement(ref _open);

    /// <summary>Counts an open put off; true the first time since the last poll that put none off, to warn once.</summary>
    public bool Defer()
    {
        Interlocked.Increment(ref _deferred);
        return Interlocked.Exchange(ref _warned, 1) == 0;
    }

    /// <summary>A poll opened everything it wanted: the next shortage is worth a warning again.</summary>
    public void Recovered() => Volatile.Write(ref _warned, 0);
}
