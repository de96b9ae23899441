using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Exposition;

/// <summary>One Prometheus family being collected: its series and what its first descriptor declared.</summary>
internal sealed class ExpositionFamily(string name, string help, MetricKind kind, string[] sortedLabelNames)
{
    private readonly HashSet<string> _signatures = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public string Help { get; } = help;

    public MetricKind Kind { get; } = kind;

    /// <summary>Label names of the first descriptor, sorted: what later descriptors must match.</summary>
    public string[] SortedLabelNames { get; } = sortedLabelNames;

    public List<ExpositionSeries> Series { get; } = [];

    /// <summary>Adds a series; false when one with the same labels exists (client_golang rejects the scrape).</summary>
    public bool TryAdd(ExpositionSeries series)
    {
        if (!_signatures.Add(series.Signature))
        {
            return false;
        }

        Series.Add(series);
        return true;
    }
}
