using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>A string datum (text metrics, and gauges that type inference made String).</summary>
public sealed class StringDatum : Datum
{
    private string _value = string.Empty;

    internal StringDatum(ImmutableArray<string> labels, long timestampNanos, long sequence)
        : base(labels, timestampNanos, sequence)
    {
    }

    /// <inheritdoc/>
    public override MetricValueType ValueType => MetricValueType.String;

    /// <summary>The current value; "" until first set.</summary>
    public string Value => Volatile.Read(ref _value);

    /// <summary>Assigns <paramref name="value"/>.</summary>
    public void Set(string value, long timestampNanos)
    {
        ArgumentNullException.ThrowIfNull(value);
        Volatile.Write(ref _value, value);
        Stamp(timestampNanos);
    }
}
