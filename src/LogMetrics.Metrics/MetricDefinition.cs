using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>The immutable description of one declared metric of one program.</summary>
/// <param name="Name">The exported name (after <c>as</c>); the store and JSON key use it unchanged.</param>
/// <param name="Program">The program's file name, e.g. <c>"x.mtail"</c> (the Prometheus <c>prog</c> label).</param>
/// <param name="Kind">Counter, gauge, timer, text or histogram.</param>
/// <param name="ValueType">The datum type decided by type inference.</param>
/// <param name="Keys">The label names from <c>by</c>, in declaration order; empty for a scalar metric.</param>
/// <param name="Source">The declaration position, <c>"x.mtail:2:9-27"</c>.</param>
/// <param name="Buckets">The declared histogram boundaries (empty for other kinds).</param>
/// <param name="Limit">The declared <c>limit</c>, 0 when none.</param>
public sealed record MetricDefinition(
    string Name,
    string Program,
    MetricKind Kind,
    MetricValueType ValueType,
    ImmutableArray<string> Keys,
    string Source,
    ImmutableArray<double> Buckets,
    int Limit)
{
    /// <summary>Keys, with a default array read as empty.</summary>
    public ImmutableArray<string> Keys { get; init; } = Keys.IsDefault ? [] : Keys;

    /// <summary>Buckets, with a default array read as empty.</summary>
    public ImmutableArray<double> Buckets { get; init; } = Buckets.IsDefault ? [] : Buckets;

    /// <summary>Whether a datum of this metric exists from load time: mtail pre-creates
    /// scalar counters and scalar histograms (value 0, time 0); everything else appears on first write.</summary>
    public bool IsPreCreated => Keys.IsEmpty && Kind is MetricKind.Counter or MetricKind.Histogram;
}
