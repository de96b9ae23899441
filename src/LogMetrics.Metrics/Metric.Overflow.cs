using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>The store-wide series cap: past it, writes to new label sets go to one overflow series.</summary>
public sealed partial class Metric
{
    /// <summary>The label value of every key of the overflow series.</summary>
    public const string OverflowLabel = "__overflow__";

    private SeriesBudget? _budget;
    private string? _overflowKey;
    private long _overflowWrites;

    /// <summary>Writes that went to the overflow series because the store was at its cap (each write to a
    /// label set that did not exist counts once).</summary>
    public long OverflowWrites => Interlocked.Read(ref _overflowWrites);

    /// <summary>Label sets counted against the store's cap: every one but the overflow series.</summary>
    public int BudgetedCount => _children.Count - (_children.ContainsKey(OverflowKey) ? 1 : 0);

    /// <summary>Set by the store when the metric is added.</summary>
    internal SeriesBudget? Budget
    {
        get => Volatile.Read(ref _budget);
        set => Volatile.Write(ref _budget, value);
    }

    private string OverflowKey => _overflowKey ??=
        LabelKey.Encode(ImmutableArray.CreateRange(Enumerable.Repeat(OverflowLabel, Definition.Keys.Length)).AsSpan());

    // Whether creating the label set under `key` may go ahead; false when the cap sends it to the overflow series.
    private bool TakeBudget(string key) =>
        Budget is not { } budget || string.Equals(key, OverflowKey, StringComparison.Ordinal) || budget.TryTake();

    // Gives back the unit of a label set that was removed or lost a creation race.
    private void ReleaseBudget(string key)
    {
        if (Budget is { } budget && !string.Equals(key, OverflowKey, StringComparison.Ordinal))
        {
            budget.Release();
        }
    }

    private Datum Overflow(long nowNanos)
    {
        Interlocked.Increment(ref _overflowWrites);
        var key = OverflowKey;
        if (_children.TryGetValue(key, out var existing))
        {
            return existing;
        }
        var created = NewDatum(LabelKey.Decode(key, Definition.Keys.Length), nowNanos);
        var datum = _children.GetOrAdd(key, created);
        if (ReferenceEquals(datum, created))
        {
            Interlocked.Increment(ref _held);
        }
        return datum;
    }

    // A reload's new metric goes on counting where the old one was.
    private void AdoptOverflowCount(Metric previous) =>
        Interlocked.Exchange(ref _overflowWrites, previous.OverflowWrites);
}
