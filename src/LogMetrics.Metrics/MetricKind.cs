namespace LogMetrics.Metrics;

/// <summary>The kind of a declared metric. The numbers are mtail's JSON <c>"Kind"</c> values.</summary>
public enum MetricKind
{
    /// <summary><c>counter</c>: exported as a Prometheus counter (mtail does not enforce monotonicity).</summary>
    Counter = 1,

    /// <summary><c>gauge</c>: exported as a Prometheus gauge.</summary>
    Gauge = 2,

    /// <summary><c>timer</c>: behaves like a gauge and is exported as one.</summary>
    Timer = 3,

    /// <summary><c>text</c>: a string metric; visible in JSON, never in Prometheus output.</summary>
    Text = 4,

    /// <summary><c>histogram</c>: bucketed observations.</summary>
    Histogram = 5,
}
