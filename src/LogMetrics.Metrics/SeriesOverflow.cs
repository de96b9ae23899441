namespace LogMetrics.Metrics;

/// <summary>What <c>-max_series</c> turned away, for self-metrics, the status page and one-shot's warning.</summary>
public static class SeriesOverflow
{
    /// <summary>Per exported name, the overflow writes summed over the programs that export it; only names
    /// with any, sorted as the store sorts families.</summary>
    public static IReadOnlyList<(string Name, long Writes)> Totals(MetricStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return [.. store.GetFamilies()
            .Select(f => (f.Name, Writes: f.Metrics.Sum(m => m.OverflowWrites)))
            .Where(t => t.Writes > 0)];
    }
}
