using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Server;

/// <summary>Stores built by hand, small enough to compare outputs as whole text.</summary>
internal static class SmallStores
{
    public const long Second = 1_000_000_000;
    public const long T0 = 1714557600 * Second;

    /// <summary>A counter by two keys, a histogram by one key with two label sets, a text, a float gauge
    /// with dots in label values, a scalar counter never written.</summary>
    public static MetricStore Demo()
    {
        var store = new MetricStore();
        var requests = store.Add(Defs.Make("requests_total", MetricKind.Counter, MetricValueType.Int, ["method", "code"], "demo.mtail", "demo.mtail:1:9-22"));
        var latency = store.Add(Defs.Make("latency_ms", MetricKind.Histogram, MetricValueType.Buckets, ["method"], "demo.mtail", "demo.mtail:3:11-20") with { Buckets = [10, 50, 100] });
        var text = store.Add(Defs.Make("last_user", MetricKind.Text, MetricValueType.String, [], "demo.mtail", "demo.mtail:2:6-14"));
        var gauge = store.Add(Defs.Make("g", MetricKind.Gauge, MetricValueType.Float, ["file"], "demo.mtail", "demo.mtail:5:7"));
        store.Add(Defs.Make("plain", MetricKind.Counter, MetricValueType.Int, [], "demo.mtail", "demo.mtail:4:9-13"));

        ((IntDatum)requests.GetOrCreate(["GET", "200"], T0)).Add(2, T0);
        ((IntDatum)requests.GetOrCreate(["POST", "500"], T0 + Second)).Increment(T0 + Second);
        ((HistogramDatum)latency.GetOrCreate(["GET"], T0)).Observe(45, T0);
        ((HistogramDatum)latency.GetOrCreate(["GET"], T0)).Observe(70, T0);
        ((HistogramDatum)latency.GetOrCreate(["POST"], T0 + Second)).Observe(600.25, T0 + Second);
        ((StringDatum)text.GetOrCreate([], T0)).Set("carol", T0);
        ((FloatDatum)gauge.GetOrCreate(["app.log"], T0)).Set(1.5, T0);
        return store;
    }
}
