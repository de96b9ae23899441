using System.Collections.Immutable;
using LogMetrics.Metrics;
using LogMetrics.Metrics.Snapshots;

namespace LogMetrics.Tests.Metrics;

public sealed class StoreSnapshotTests
{
    static MetricDefinition Define(string name, MetricKind kind, MetricValueType type, string[] keys, double[]? buckets = null, string program = "p.mtail") =>
        new(name, program, kind, type, [.. keys], $"{program}:1:1-5", buckets is null ? [] : [.. buckets], 0);

    static MetricStore Loaded(params MetricDefinition[] definitions)
    {
        var store = new MetricStore();
        foreach (var d in definitions)
        {
            store.Add(d);
        }
        return store;
    }

    static readonly MetricDefinition Requests = Define("requests", MetricKind.Counter, MetricValueType.Int, ["code"]);
    static readonly MetricDefinition Latency = Define("latency", MetricKind.Histogram, MetricValueType.Buckets, [], [1, 2, 4]);
    static readonly MetricDefinition Temperature = Define("temperature", MetricKind.Gauge, MetricValueType.Float, ["room", "floor"]);
    static readonly MetricDefinition Version = Define("version", MetricKind.Text, MetricValueType.String, []);

    [Fact]
    public void Values_label_sets_timestamps_and_expiry_come_back_into_a_freshly_loaded_store()
    {
        var before = Loaded(Requests, Latency, Temperature, Version);
        var ok = (IntDatum)before.GetMetrics("requests")[0].GetOrCreate(["200"], 10);
        ok.Add(41, 20);
        before.GetMetrics("requests")[0].GetOrCreate(["500"], 30).SetExpiry(5_000);
        var latency = (HistogramDatum)before.GetMetrics("latency")[0].Scalar!;
        latency.Observe(1.5, 40);
        latency.Observe(9, 50);
        ((FloatDatum)before.GetMetrics("temperature")[0].GetOrCreate(["kitchen", "1\u0000x"], 60)).Set(double.NaN, 60);
        ((StringDatum)before.GetMetrics("version")[0].GetOrCreate([], 70)).Set("v1.2", 70);

        var after = Loaded(Requests, Latency, Temperature, Version);
        StoreSnapshots.Restore(after, StoreSnapshots.Capture(before)).Should().Be(4);

        StoreSnapshots.Capture(after).Should().BeEquivalentTo(StoreSnapshots.Capture(before), o => o.WithStrictOrdering());
        var requests = after.GetMetrics("requests")[0].GetLabelSets();
        requests.Select(d => d.Labels[0]).Should().Equal("200", "500");
        requests[0].Should().BeOfType<IntDatum>().Which.Value.Should().Be(41);
        requests[0].TimestampNanos.Should().Be(20);
        requests[1].ExpiryNanos.Should().Be(5_000);
        var histogram = (HistogramDatum)after.GetMetrics("latency")[0].Scalar!;
        (histogram.Count, histogram.Sum).Should().Be((2, 10.5));
    }

    [Fact]
    public void Only_metrics_declared_exactly_as_before_get_their_values_back()
    {
        var before = Loaded(Requests, Latency);
        ((IntDatum)before.GetMetrics("requests")[0].GetOrCreate(["200"], 10)).Add(7, 10);
        ((HistogramDatum)before.GetMetrics("latency")[0].Scalar!).Observe(3, 10);

        // The histogram's buckets changed, the counter did not (its declaration moved, which is fine).
        var after = Loaded(Requests with { Source = "p.mtail:9:1-5" }, Define("latency", MetricKind.Histogram, MetricValueType.Buckets, [], [1, 2, 8]));
        StoreSnapshots.Restore(after, StoreSnapshots.Capture(before)).Should().Be(1);

        after.GetMetrics("requests")[0].GetLabelSets().Single().Should().BeOfType<IntDatum>().Which.Value.Should().Be(7);
        ((HistogramDatum)after.GetMetrics("latency")[0].Scalar!).Count.Should().Be(0);
    }

    [Fact]
    public void A_metric_whose_labels_changed_starts_from_nothing()
    {
        var before = Loaded(Requests);
        ((IntDatum)before.GetMetrics("requests")[0].GetOrCreate(["200"], 10)).Add(7, 10);
        var after = Loaded(Requests with { Keys = ImmutableArray.Create("code", "method") });
        StoreSnapshots.Restore(after, StoreSnapshots.Capture(before)).Should().Be(0);
        after.GetMetrics("requests")[0].Count.Should().Be(0);
    }
}
