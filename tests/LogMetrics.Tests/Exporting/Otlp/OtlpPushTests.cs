using System.Globalization;
using LogMetrics.Exporting.Otlp;
using LogMetrics.Tests.Exporting.Otlp.Proto;
using LogMetrics.Tests.Exporting.Push;
using OpenTelemetry.Exporter;

namespace LogMetrics.Tests.Exporting.Otlp;

/// <summary>The OTLP push through the OpenTelemetry SDK's exporter to an in-process OTLP/HTTP receiver.</summary>
public sealed class OtlpPushTests
{
    static OtlpPusher Pusher(LogMetrics.Metrics.MetricStore store, Uri endpoint, List<string>? warnings = null) =>
        new(store, new OtlpExporterOptions { Endpoint = endpoint, Protocol = OtlpExportProtocol.HttpProtobuf, TimeoutMilliseconds = 10_000 },
            "9.9.9", "testhost", message => warnings?.Add(message));

    [Fact]
    public async Task Every_metric_kind_arrives_in_one_scope_per_program_with_its_labels_and_values()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        using var pusher = Pusher(PushedProgram.Store(PushedProgram.Now()), receiver.Endpoint);

        await pusher.PushAsync(TestContext.Current.CancellationToken);

        var request = receiver.Requests.Should().ContainSingle().Subject;
        var resource = request.ResourceMetrics.Should().ContainSingle().Subject;
        Attributes(resource.Resource.Attributes).Should().Contain("service.name=logmetrics").And.Contain("service.version=9.9.9")
            .And.Contain("host.name=testhost");
        var scope = resource.ScopeMetrics.Should().ContainSingle().Subject;
        scope.Scope.Name.Should().Be("test.mtail");
        var metrics = scope.Metrics.ToDictionary(m => m.Name);
        metrics.Keys.Should().BeEquivalentTo(["requests_total", "ratio_total", "last_size", "t_ms", "latency_ms"],
            "text metrics have no number to send; nothing else is dropped");

        var requests = metrics["requests_total"];
        requests.Description.Should().StartWith("requests_total defined at test.mtail:1:");
        requests.DataCase.Should().Be(Metric.DataOneofCase.Sum);
        requests.Sum.IsMonotonic.Should().BeTrue();
        requests.Sum.AggregationTemporality.Should().Be(AggregationTemporality.Cumulative);
        Points(requests.Sum.DataPoints).Should().BeEquivalentTo(["code=200,method=GET int 2", "code=500,method=POST int 1", "code=404,method=GET int 1"]);

        metrics["ratio_total"].Sum.IsMonotonic.Should().BeTrue("a float counter is a counter too (mtail 3.4 drops it)");
        Points(metrics["ratio_total"].Sum.DataPoints).Should().Equal(" double 2");
        metrics["last_size"].DataCase.Should().Be(Metric.DataOneofCase.Gauge);
        Points(metrics["last_size"].Gauge.DataPoints).Should().Equal(" int 400");
        metrics["t_ms"].DataCase.Should().Be(Metric.DataOneofCase.Gauge, "an int timer is a gauge (mtail 3.4 drops it)");
        Points(metrics["t_ms"].Gauge.DataPoints).Should().Equal(" int 30");

        var latency = metrics["latency_ms"];
        latency.DataCase.Should().Be(Metric.DataOneofCase.Histogram);
        latency.Histogram.AggregationTemporality.Should().Be(AggregationTemporality.Cumulative);
        Histograms(latency.Histogram.DataPoints).Should().BeEquivalentTo([
            "method=GET bounds 10,50,100 buckets 1,1,1,0 count 3 sum 105",
            "method=POST bounds 10,50,100 buckets 0,0,0,1 count 1 sum 120"]);
    }

    [Fact]
    public async Task Later_pushes_send_cumulative_values_new_programs_and_histogram_growth()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var harness = PushedProgram.Harness(PushedProgram.Now());
        using var pusher = Pusher(harness.Store, receiver.Endpoint);
        await pusher.PushAsync(TestContext.Current.CancellationToken);

        harness.Feed("GET 200 7 500 erin", "GET 200 0 600 frank");
        Support.ProgramHarness.Load("counter other_total\n/x/ {\n  other_total++\n}\n", "other.mtail", harness.Store).Feed("x");
        await pusher.PushAsync(TestContext.Current.CancellationToken);

        receiver.Requests.Should().HaveCount(2);
        var scopes = receiver.Requests.Last().ResourceMetrics.Single().ScopeMetrics.ToDictionary(s => s.Scope.Name);
        scopes.Keys.Should().BeEquivalentTo(["test.mtail", "other.mtail"]);
        Points(scopes["other.mtail"].Metrics.Single(m => m.Name == "other_total").Sum.DataPoints).Should().Equal(" int 1");
        var test = scopes["test.mtail"].Metrics.ToDictionary(m => m.Name);
        Points(test["requests_total"].Sum.DataPoints).Should().Contain("code=200,method=GET int 4");
        // 0 is at the lowest edge: mtail rc50 counts it in no range; OpenTelemetry's first bucket is unbounded below.
        Histograms(test["latency_ms"].Histogram.DataPoints).Should().Contain("method=GET bounds 10,50,100 buckets 3,1,1,0 count 5 sum 112");
    }

    [Fact]
    public async Task A_push_nobody_receives_fails_with_the_endpoint()
    {
        var closed = new Uri($"http://127.0.0.1:{Loopback.FreeTcpPort()}/v1/metrics");
        using var pusher = Pusher(PushedProgram.Store(PushedProgram.Now()), closed);

        await FluentActions.Awaiting(() => pusher.PushAsync(TestContext.Current.CancellationToken))
            .Should().ThrowAsync<IOException>().WithMessage($"OTLP export to {closed} failed*");
    }

    [Fact]
    public async Task Disposing_pushes_once_more()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var pusher = Pusher(PushedProgram.Store(PushedProgram.Now()), receiver.Endpoint);
        await pusher.PushAsync(TestContext.Current.CancellationToken);

        pusher.Dispose();

        receiver.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_pusher_stopped_before_its_first_interval_still_pushes_once()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var pusher = Pusher(PushedProgram.Store(PushedProgram.Now()), receiver.Endpoint);

        pusher.Dispose();

        receiver.Requests.Should().ContainSingle().Which.ResourceMetrics.Single().ScopeMetrics.Single().Metrics.Should().HaveCount(5);
    }

    static List<string> Attributes(IEnumerable<KeyValue> attributes) =>
        [.. attributes.Select(a => $"{a.Key}={a.Value.StringValue}")];

    static List<string> Points(IEnumerable<NumberDataPoint> points) =>
        [.. points.Select(p => string.Join(",", Attributes(p.Attributes)) + (p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt
            ? $" int {p.AsInt}" : $" double {p.AsDouble.ToString(CultureInfo.InvariantCulture)}"))];

    static List<string> Histograms(IEnumerable<HistogramDataPoint> points) =>
        [.. points.Select(p => string.Join(",", Attributes(p.Attributes))
            + $" bounds {string.Join(",", p.ExplicitBounds.Select(b => b.ToString(CultureInfo.InvariantCulture)))}"
            + $" buckets {string.Join(",", p.BucketCounts)} count {p.Count} sum {p.Sum.ToString(CultureInfo.InvariantCulture)}")];
}
