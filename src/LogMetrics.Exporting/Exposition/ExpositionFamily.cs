using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Exposition;

/// <summary>One Prometheus family being collected: its series and what its first descriptor declared.</summary>
internal sealed class ExpositionFamily(string name, string help, MetricKind kind, string[] sortedLabelNames)
{
    // Signatures of the series so far, kept only once a second metric joins the family: a metric's own label
    // sets are distinct, so only series from different metrics can collide.
    private HashSet<string>? _signatures;
    private ExpositionMetric? _firstMetric;

    public string Name { get; } = name;

    public string Help { get; } = help;

    public MetricKind Kind { get; } = kind;

    /// <summary>Label names of the first descriptor, sorted: what later descriptors must match.</summary>
    public string[] SortedLabelNames { get; } = sortedLabelNames;

    public List<ExpositionSeries> Series { get; } = [];

    /// <summary>Adds a series; false when one with the same labels exists (client_golang rejects the scrape).</summary>
    public bool TryAdd(ExpositionSeries series)
    {
        _firstMetric ??= series.Metric;
        if (_signatures is null && !ReferenceEquals(series.Metric, _firstMetric))
        {
            _signatures = new HashSet<string>(Series.Select(s => s.Signature()), StringComparer.Ordinal);
        }

        if (_signatures is not null && !_signatures.Add(series.Signature()))
        {
            return false;
        }

        Series.Add(series);
        return true;
    }
}
