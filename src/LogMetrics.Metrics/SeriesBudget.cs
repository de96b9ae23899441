namespace LogMetrics.Metrics;

/// <summary>The store-wide cap on label sets (<c>-max_series</c>): each new label set takes one unit, each
/// removed one gives it back. Overflow series are not counted (there is at most one per metric).</summary>
/// <remarks>Lock-free; a reload recounts it from the metrics (<see cref="Reset"/>), since adopted label sets
/// would otherwise be counted twice.</remarks>
public sealed class SeriesBudget
{
    private long _used;

    /// <summary>Creates a budget of <paramref name="cap"/> label sets (more than 0).</summary>
    public SeriesBudget(long cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        Cap = cap;
    }

    /// <summary>The most label sets the store may hold, overflow series aside.</summary>
    public long Cap { get; }

    /// <summary>Label sets held now.</summary>
    public long Used => Interlocked.Read(ref _used);

    /// <summary>Takes one unit; false, taking nothing, when the cap is reached.</summary>
    public bool TryTake()
    {
        while (true)
        {
            var used = Interlocked.Read(ref _used);
            if (used >= Cap)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _used, used + 1, used) == used)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back one unit (a label set was removed, or a racing writer's duplicate discarded).</summary>
    public void Release() => Interlocked.Decrement(ref _used);

    /// <summary>Sets the count to what the store holds after a reload.</summary>
    public void Reset(long used) => Interlocked.Exchange(ref _used, used);
}
