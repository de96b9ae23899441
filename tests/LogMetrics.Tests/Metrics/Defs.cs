using System.Collections.Immutable;
using LogMetrics.Metrics;

namespace LogMetrics.Tests.Metrics;

/// <summary>Builders for metric definitions in tests.</summary>
internal static class Defs
{
    public static MetricDefinition Counter(string name, params string[] keys) =>
        Make(name, MetricKind.Counter, MetricValueType.Int, keys);

    public static MetricDefinition Gauge(string name, params string[] keys) =>
        Make(name, MetricKind.Gauge, MetricValueType.Int, keys);

    public static MetricDefinition Histogram(string name, double[] buckets, params string[] keys) =>
        Make(name, MetricKind.Histogram, MetricValueType.Buckets, keys) with { Buckets = [.. buckets] };

    public static MetricDefinition Make(
        string name,
        MetricKind kind,
        MetricValueType type,
        string[] keys,
        string program = "x.mtail",
        string source = "x.mtail:1:9-12",
        int limit = 0) =>
        new(name, program, kind, type, [.. keys], source, ImmutableArray<double>.Empty, limit);
}
