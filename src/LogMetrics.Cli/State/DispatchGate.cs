namespace LogMetrics.Cli.State;

/// <summary>
/// Lets another thread run something on the line thread's behalf between two lines: the line
/// thread holds the gate while it dispatches a batch and lets go as soon as someone waits, so a
/// checkpoint sees the metric store and the read offsets at one point of the line stream.
/// </summary>
public sealed class DispatchGate
{
    readonly Lock _lock = new();
    int _waiting;

    /// <summary>True when another thread waits for the gate: the line thread should let go after its current line.</summary>
    public bool Wanted => Volatile.Read(ref _waiting) > 0;

    /// <summary>Held by the line thread around a batch of lines.</summary>
    public Lock.Scope Enter() => _lock.EnterScope();

    /// <summary>Runs <paramref name="work"/> between two lines (at once when the line thread is idle).</summary>
    public T RunBetweenLines<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Increment(ref _waiting);
        try
        {
            lock (_lock)
            {
                return work();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }
}
