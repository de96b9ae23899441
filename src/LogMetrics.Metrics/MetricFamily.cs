using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>All metrics exported under one name: one per program, in the order they were added.</summary>
public sealed record MetricFamily(string Name, ImmutableArray<Metric> Metrics);
