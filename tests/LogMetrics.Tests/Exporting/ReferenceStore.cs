using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Exporting;

/// <summary>The store mtail builds for the reference program of mtail.md §2.4 (three matching lines).</summary>
internal static class ReferenceStore
{
    public const long Second = 1_000_000_000;
    public const long T0 = 1714557600 * Second;

    public static MetricStore Build()
    {
        var store = new MetricStore();
        var requests = store.Add(Defs.Make("http_requests_total", MetricKind.Counter, MetricValueType.Int, ["method", "code"], "ref.mtail", "ref.mtail:2:9-27"));
        var lastBytes = store.Add(Defs.Make("last_bytes", MetricKind.Gauge, MetricValueType.Int, [], "ref.mtail", "ref.mtail:3:7-16"));
        var latency = store.Add(Defs.Make("latency_ms", MetricKind.Histogram, MetricValueType.Buckets, ["method"], "ref.mtail", "ref.mtail:4:11-20") with { Buckets = [10, 50, 100] });
        var lastUser = store.Add(Defs.Make("last_user", MetricKind.Text, MetricValueType.String, [], "ref.mtail", "ref.mtail:5:6-14"));
        var timer = store.Add(Defs.Make("tmr", MetricKind.Timer, MetricValueType.Int, [], "ref.mtail", "ref.mtail:7:7-9"));
        var renamed = store.Add(Defs.Make("renamed-total", MetricKind.Counter, MetricValueType.Int, [], "ref.mtail", "ref.mtail:8:9-17"));

        void Line(long time, string method, string code, long bytes, double latencyMs, string user)
        {
            ((IntDatum)requests.GetOrCreate([method, code], time)).Increment(time);
            ((IntDatum)lastBytes.GetOrCreate([], time)).Set(bytes, time);
            ((HistogramDatum)latency.GetOrCreate([method], time)).Observe(latencyMs, time);
            ((StringDatum)lastUser.GetOrCreate([], time)).Set(user, time);
            ((IntDatum)timer.GetOrCreate([], time)).Set(bytes, time);
            ((IntDatum)renamed.GetOrCreate([], time)).Add(2, time);
        }

        Line(T0, "GET", "200", 123, 12.5, "alice");
        Line(T0 + Second, "GET", "200", 456, 77.0, "bob");
        Line(T0 + (2 * Second), "POST", "500", 7, 600.25, "carol");
        return store;
    }
}
