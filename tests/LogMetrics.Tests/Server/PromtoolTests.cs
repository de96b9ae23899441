using System.Diagnostics;
using LogMetrics.Metrics;
using LogMetrics.Server;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Server;

public sealed class PromtoolTests
{
    private const string Promtool = "/usr/bin/promtool";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Promtool_finds_nothing_wrong_with_a_real_scrape()
    {
        var (exitCode, output) = await CheckAsync(LintCleanStore(), RunningServer.Loopback);

        exitCode.Should().Be(0, output);
        output.Should().BeEmpty();
    }

    [Fact]
    public async Task Promtool_finds_nothing_wrong_with_timestamps_and_no_prog_label()
    {
        var (exitCode, output) = await CheckAsync(LintCleanStore(), RunningServer.Loopback with { EmitMetricTimestamp = true, EmitProgLabel = false });

        exitCode.Should().Be(0, output);
        output.Should().BeEmpty();
    }

    [Fact]
    public async Task Promtool_parses_a_scrape_of_mtail_style_names_with_naming_advice_only()
    {
        // latency_ms and a counter without _total are common in mtail programs; promtool's lint (exit 3) says so.
        var (exitCode, output) = await CheckAsync(SmallStores.Demo(), RunningServer.Loopback);

        exitCode.Should().BeOneOf(0, 3);
        output.Should().NotContain("error");
    }

    // Names that follow Prometheus' conventions, so that any promtool complaint is about the exposition.
    private static MetricStore LintCleanStore()
    {
        var store = new MetricStore();
        var requests = store.Add(Defs.Make("http_requests_total", MetricKind.Counter, MetricValueType.Int, ["method", "code"], "web.mtail", "web.mtail:1:9-27"));
        var queue = store.Add(Defs.Make("queue_length", MetricKind.Gauge, MetricValueType.Float, ["queue"], "web.mtail", "web.mtail:2:7-18"));
        var duration = store.Add(Defs.Make("request_duration_seconds", MetricKind.Histogram, MetricValueType.Buckets, ["method"], "web.mtail", "web.mtail:3:11-34") with { Buckets = [0.1, 1, 10] });
        store.Add(Defs.Make("last_user", MetricKind.Text, MetricValueType.String, [], "web.mtail", "web.mtail:4:6-14"));
        ((IntDatum)requests.GetOrCreate(["GET", "200"], SmallStores.T0)).Add(5, SmallStores.T0);
        ((FloatDatum)queue.GetOrCreate(["a \"quoted\" \\ queue\n"], SmallStores.T0)).Set(2.5, SmallStores.T0);
        ((HistogramDatum)duration.GetOrCreate(["GET"], SmallStores.T0)).Observe(0.5, SmallStores.T0);
        return store;
    }

    private static async Task<(int ExitCode, string Output)> CheckAsync(MetricStore store, HttpServerOptions options)
    {
        if (!File.Exists(Promtool))
        {
            Assert.Skip($"{Promtool} is not installed.");
        }

        var selfMetrics = Prometheus.Metrics.NewCustomRegistry();
        Prometheus.Metrics.WithCustomRegistry(selfMetrics).CreateCounter("logmetrics_lines_total", "Lines read.", "log").WithLabels("/var/log/a.log").Inc(3);
        Prometheus.Metrics.WithCustomRegistry(selfMetrics).CreateHistogram("logmetrics_line_processing_duration_seconds", "Time per line.", "prog");
        await using var server = await RunningServer.StartAsync(store, options, selfMetrics);
        var scrape = await server.GetStringAsync("/metrics");

        using var process = Process.Start(new ProcessStartInfo(Promtool, "check metrics")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.StandardInput.WriteAsync(scrape.AsMemory(), Ct);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await stdout + await stderr);
    }
}
