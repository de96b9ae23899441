using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Plaintext;

/// <summary>Walks a snapshot of the store the way every plaintext format does: families by name, metrics in the
/// order they were added, label sets in creation order.</summary>
public static class PushedSeries
{
    /// <summary>Every label set of every metric; text metrics only when <paramref name="includeText"/> (mtail serves
    /// them on <c>/graphite</c> but never pushes them).</summary>
    public static IEnumerable<(Metric Metric, Datum Datum)> Of(MetricStore store, bool includeText = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var family in store.GetFamilies())
        {
            foreach (var metric in family.Metrics)
            {
                if (metric.Definition.Kind == MetricKind.Text && !includeText)
                {
                    continue;
                }

                foreach (var datum in metric.GetLabelSets())
                {
                    yield return (metric, datum);
                }
            }
        }
    }
}
