using System.Diagnostics.CodeAnalysis;

namespace LogMetrics.Metrics;

/// <summary>The value type of a metric's datums. The numbers are mtail's JSON <c>"Type"</c> values.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "mtail's own type names.")]
public enum MetricValueType
{
    /// <summary>64-bit signed integer (<see cref="IntDatum"/>).</summary>
    Int = 0,

    /// <summary>Double (<see cref="FloatDatum"/>).</summary>
    Float = 1,

    /// <summary>String (<see cref="StringDatum"/>).</summary>
    String = 2,

    /// <summary>Histogram buckets (<see cref="HistogramDatum"/>).</summary>
    Buckets = 3,
}
