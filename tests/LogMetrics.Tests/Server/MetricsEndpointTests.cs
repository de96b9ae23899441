using System.IO.Compression;
using System.Net;
using System.Text;
using LogMetrics.Metrics;
using LogMetrics.Tests.Exporting;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Server;

public sealed class MetricsEndpointTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private const string StoreText = """
        # HELP g defined at demo.mtail:5:7
        # TYPE g gauge
        g{file="app.log",prog="demo.mtail"} 1.5
        # HELP latency_ms defined at demo.mtail:3:11-20
        # TYPE latency_ms histogram
        latency_ms_bucket{method="GET",prog="demo.mtail",le="10"} 0
        latency_ms_bucket{method="GET",prog="demo.mtail",le="50"} 1
        latency_ms_bucket{method="GET",prog="demo.mtail",le="100"} 2
        latency_ms_bucket{method="GET",prog="demo.mtail",le="+Inf"} 2
        latency_ms_sum{method="GET",prog="demo.mtail"} 115
        latency_ms_count{method="GET",prog="demo.mtail"} 2
        latency_ms_bucket{method="POST",prog="demo.mtail",le="10"} 0
        latency_ms_bucket{method="POST",prog="demo.mtail",le="50"} 0
        latency_ms_bucket{method="POST",prog="demo.mtail",le="100"} 0
        latency_ms_bucket{method="POST",prog="demo.mtail",le="+Inf"} 1
        latency_ms_sum{method="POST",prog="demo.mtail"} 600.25
        latency_ms_count{method="POST",prog="demo.mtail"} 1
        # HELP plain defined at demo.mtail:4:9-13
        # TYPE plain counter
        plain{prog="demo.mtail"} 0
        # HELP requests_total defined at demo.mtail:1:9-22
        # TYPE requests_total counter
        requests_total{code="200",method="GET",prog="demo.mtail"} 2
        requests_total{code="500",method="POST",prog="demo.mtail"} 1

        """;

    private const string SelfText = """
        # HELP logmetrics_lines_total Lines read.
        # TYPE logmetrics_lines_total counter
        logmetrics_lines_total 3

        """;

    private RunningServer Server => fixture.Running;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_is_the_store_then_the_self_metrics_in_text_0_0_4()
    {
        using var response = await Server.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; version=0.0.4; charset=utf-8");
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be(StoreText + SelfText);
    }

    [Fact]
    public async Task Metrics_is_gzipped_when_the_client_accepts_gzip()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate");

        using var response = await Server.Client.SendAsync(request, Ct);

        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(Ct), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        (await reader.ReadToEndAsync(Ct)).Should().Be(StoreText + SelfText);
    }

    [Fact]
    public async Task Metrics_ignores_openmetrics_when_it_is_not_enabled_as_mtail_does()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Accept.ParseAdd("application/openmetrics-text;version=1.0.0");

        using var response = await Server.Client.SendAsync(request, Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
    }

    [Fact]
    public async Task Metrics_answers_500_with_promhttps_text_when_a_series_repeats()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("c", MetricKind.Counter, MetricValueType.Int, [], "a.mtail"));
        store.Add(Defs.Make("c", MetricKind.Counter, MetricValueType.Int, [], "b.mtail"));
        await using var server = await RunningServer.StartAsync(store, RunningServer.Loopback with { EmitProgLabel = false });

        using var response = await server.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be(
            "An error has occurred while serving metrics:\n\n"
            + "collected metric \"c\" {} was collected before with the same name and label values\n");
    }

    [Fact]
    public async Task Metrics_serves_two_label_sets_of_one_name_in_one_family()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, ["k"], "a.mtail")).GetOrCreate(["v"], 1)).Increment(1);
        ((IntDatum)store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, [], "b.mtail")).GetOrCreate([], 1)).Increment(1);
        await using var server = await RunningServer.StartAsync(store);

        var text = await server.GetStringAsync("/metrics");

        text.Should().Contain("shared{prog=\"b.mtail\"} 1\nshared{k=\"v\",prog=\"a.mtail\"} 1\n");
    }

    [Fact]
    public async Task Metrics_carries_millisecond_timestamps_when_asked()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Counter("c")).GetOrCreate([], SmallStores.T0 + 1_500_000)).Increment(SmallStores.T0 + 1_500_000);
        await using var server = await RunningServer.StartAsync(store, RunningServer.Loopback with { EmitMetricTimestamp = true });

        (await server.GetStringAsync("/metrics")).Should().Contain("c{prog=\"x.mtail\"} 1 1714557600001\n");
    }

    [Fact]
    public async Task Metrics_reads_back_through_a_strict_parser()
    {
        var text = await Server.GetStringAsync("/metrics");

        var parsed = PromTextParser.Parse(text);

        parsed.Types.Should().ContainKey("latency_ms").WhoseValue.Should().Be("histogram");
        parsed.Samples.Should().ContainKey("logmetrics_lines_total{}");
    }

    [Fact]
    public async Task Head_on_metrics_has_the_headers_and_no_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/metrics");

        using var response = await Server.Client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().Be(Encoding.UTF8.GetByteCount(StoreText + SelfText));
        (await response.Content.ReadAsByteArrayAsync(Ct)).Should().BeEmpty();
    }
}
