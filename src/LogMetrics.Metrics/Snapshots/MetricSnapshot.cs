using System.Collections.Immutable;

namespace LogMetrics.Metrics.Snapshots;

/// <summary>A copy of one metric's declaration and label sets, as a checkpoint saves it.</summary>
/// <param name="Name">The exported name.</param>
/// <param name="Program">The program's file name.</param>
/// <param name="Kind">Counter, gauge, timer, text or histogram.</param>
/// <param name="ValueType">The datum type.</param>
/// <param name="Keys">The label names.</param>
/// <param name="Buckets">The declared histogram boundaries.</param>
/// <param name="Data">The label sets, in creation order.</param>
public sealed record MetricSnapshot(
    string Name,
    string Program,
    MetricKind Kind,
    MetricValueType ValueType,
    ImmutableArray<string> Keys,
    ImmutableArray<double> Buckets,
    IReadOnlyList<DatumSnapshot> Data)
{
    /// <summary>Whether <paramref name="definition"/> declares the same metric: only then are the values restored into it.</summary>
    public bool Declares(MetricDefinition definition) =>
        definition.Name == Name && definition.Program == Program && definition.Kind == Kind
        && definition.ValueType == ValueType && definition.Keys.SequenceEqual(Keys) && definition.Buckets.SequenceEqual(Buckets);
}

/// <summary>A copy of one label set; only the fields of its value type are set.</summary>
/// <param name="Labels">The label values, in key order.</param>
/// <param name="TimestampNanos">The last write.</param>
/// <param name="ExpiryNanos">The <c>del … after</c> expiry, 0 for none.</param>
/// <param name="Int">An Int datum's value.</param>
/// <param name="Float">A Float datum's value.</param>
/// <param name="Text">A String datum's value.</param>
/// <param name="RangeCounts">A histogram's per-range counts (not cumulative).</param>
/// <param name="Count">A histogram's observation count.</param>
/// <param name="Sum">A histogram's sum.</param>
public sealed record DatumSnapshot(
    ImmutableArray<string> Labels,
    long TimestampNanos,
    long ExpiryNanos,
    long? Int = null,
    double? Float = null,
    string? Text = null,
    ImmutableArray<long>? RangeCounts = null,
    long? Count = null,
    double? Sum = null);
