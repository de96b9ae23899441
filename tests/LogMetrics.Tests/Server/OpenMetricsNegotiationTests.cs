using System.Net;
using LogMetrics.Metrics;
using LogMetrics.Server;
using LogMetrics.Tests.Metrics;
using PromNet = Prometheus;

namespace LogMetrics.Tests.Server;

public sealed class OpenMetricsNegotiationTests
{
    // What Prometheus 2.x sends on every scrape.
    private const string PrometheusAccept =
        "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
        + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpServerOptions Enabled => RunningServer.Loopback with { EnableOpenMetrics = true };

    [Fact]
    public async Task Prometheus_gets_openmetrics_with_counters_named_by_the_total_rule_and_one_EOF()
    {
        var selfMetrics = PromNet.Metrics.NewCustomRegistry();
        PromNet.Metrics.WithCustomRegistry(selfMetrics).CreateCounter("logmetrics_lines_total", "Lines read.").Inc(3);
        await using var server = await RunningServer.StartAsync(SmallStores.Demo(), Enabled, selfMetrics);

        var (type, body) = await ScrapeAsync(server, PrometheusAccept);

        type.Should().Be("application/openmetrics-text; version=1.0.0; charset=utf-8");
        body.Should().StartWith("""
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
            plain_total{prog="demo.mtail"} 0
            # HELP requests defined at demo.mtail:1:9-22
            # TYPE requests counter
            requests_total{code="200",method="GET",prog="demo.mtail"} 2
            requests_total{code="500",method="POST",prog="demo.mtail"} 1
            # HELP logmetrics_lines Lines read.
            # TYPE logmetrics_lines counter
            logmetrics_lines_total 3
            """);
        body.Should().EndWith("\n# EOF\n");
        body.Split("# EOF").Should().HaveCount(2);
    }

    [Fact]
    public async Task Version_0_0_1_is_answered_as_0_0_1()
    {
        await using var server = await RunningServer.StartAsync(SmallStores.Demo(), Enabled);

        var (type, _) = await ScrapeAsync(server, "application/openmetrics-text; version=0.0.1");

        type.Should().Be("application/openmetrics-text; version=0.0.1; charset=utf-8");
    }

    [Fact]
    public async Task A_client_that_prefers_text_gets_text()
    {
        await using var server = await RunningServer.StartAsync(SmallStores.Demo(), Enabled);

        var (type, body) = await ScrapeAsync(server, "text/plain;version=0.0.4,application/openmetrics-text;q=0.5");

        type.Should().Be("text/plain; version=0.0.4; charset=utf-8");
        body.Should().NotContain("# EOF");
    }

    [Fact]
    public async Task An_empty_store_is_just_EOF()
    {
        await using var server = await RunningServer.StartAsync(new MetricStore(), Enabled);

        var (_, body) = await ScrapeAsync(server, PrometheusAccept);

        body.Should().Be("# EOF\n");
    }

    [Fact]
    public async Task Timestamps_are_seconds_in_openmetrics()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Counter("c")).GetOrCreate([], SmallStores.T0 + 1_500_000)).Increment(SmallStores.T0 + 1_500_000);
        await using var server = await RunningServer.StartAsync(store, Enabled with { EmitMetricTimestamp = true });

        var (_, body) = await ScrapeAsync(server, PrometheusAccept);

        body.Should().Contain("c_total{prog=\"x.mtail\"} 1 1714557600.001\n");
    }

    [Fact]
    public async Task A_histogram_with_observations_in_no_bucket_falls_back_to_text()
    {
        var store = new MetricStore();
        var histogram = store.Add(Defs.Histogram("h", [10, 20]));
        ((HistogramDatum)histogram.GetOrCreate([], 1)).Observe(-5, 1);
        await using var server = await RunningServer.StartAsync(store, Enabled);

        var (type, body) = await ScrapeAsync(server, PrometheusAccept);

        type.Should().StartWith("text/plain; version=0.0.4");
        body.Should().Contain("h_bucket{prog=\"x.mtail\",le=\"+Inf\"} 0\n").And.Contain("h_count{prog=\"x.mtail\"} 1\n");
    }

    [Fact]
    public async Task A_negative_counter_falls_back_to_text()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Counter("c")).GetOrCreate([], 1)).Set(-3, 1);
        await using var server = await RunningServer.StartAsync(store, Enabled);

        var (type, body) = await ScrapeAsync(server, PrometheusAccept);

        type.Should().StartWith("text/plain; version=0.0.4");
        body.Should().Contain("c{prog=\"x.mtail\"} -3\n");
    }

    private static async Task<(string Type, string Body)> ScrapeAsync(RunningServer server, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.TryAddWithoutValidation("Accept", accept).Should().BeTrue();
        using var response = await server.Client.SendAsync(request, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (response.Content.Headers.ContentType!.ToString(), await response.Content.ReadAsStringAsync(Ct));
    }
}
