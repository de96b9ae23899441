namespace LogMetrics.Metrics;

/// <summary>One histogram range <c>(Min, Max]</c>; mtail's JSON prints it as <c>{"Min": "..", "Max": ".."}</c>.</summary>
public readonly record struct HistogramRange(double Min, double Max)
{
    /// <summary>rc50's rule: an observation belongs to the range when <c>Min &lt; v &lt;= Max</c>.</summary>
    public bool Contains(double value) => Min < value && value <= Max;
}
