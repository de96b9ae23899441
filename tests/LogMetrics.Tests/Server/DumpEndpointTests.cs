using System.Net;
using System.Text.Json;
using LogMetrics.Exporting.Json;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Server;

public sealed class DumpEndpointTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private RunningServer Server => fixture.Running;

    [Fact]
    public async Task Json_is_mtails_array_of_every_metric()
    {
        using var response = await Server.GetAsync("/json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.Should().Be(JsonArrayWriter.Render(Server.State.Store));
        using var parsed = JsonDocument.Parse(body);
        parsed.RootElement.GetArrayLength().Should().Be(5);
    }

    [Fact]
    public async Task Json_with_a_NaN_answers_500_with_gos_error()
    {
        var store = new MetricStore();
        ((FloatDatum)store.Add(Defs.Make("f", MetricKind.Gauge, MetricValueType.Float, [])).GetOrCreate([], 1)).Set(double.NaN, 1);
        await using var server = await RunningServer.StartAsync(store);

        using var response = await server.GetAsync("/json");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("json: unsupported value: NaN\n");
    }

    [Fact]
    public async Task Varz_lists_every_label_set_unescaped_with_prog_and_instance_last()
    {
        using var response = await Server.GetAsync("/varz");

        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("""
            g{file=app.log,prog=demo.mtail,instance=vm} 1.5
            last_user{prog=demo.mtail,instance=vm} carol
            latency_ms{method=GET,prog=demo.mtail,instance=vm} 115
            latency_ms{method=POST,prog=demo.mtail,instance=vm} 600.25
            plain{prog=demo.mtail,instance=vm} 0
            requests_total{code=200,method=GET,prog=demo.mtail,instance=vm} 2
            requests_total{code=500,method=POST,prog=demo.mtail,instance=vm} 1

            """);
    }

    [Fact]
    public async Task Varz_without_the_prog_label_keeps_the_instance()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Counter("renamed-metric", "k")).GetOrCreate(["a \"b\""], 1)).Add(6, 1);
        await using var server = await RunningServer.StartAsync(store, RunningServer.Loopback with { EmitProgLabel = false });

        (await server.GetStringAsync("/varz")).Should().Be("renamed-metric{k=a \"b\",instance=vm} 6\n");
    }

    [Fact]
    public async Task Graphite_writes_each_label_sets_own_histogram_bins_and_text_metrics()
    {
        using var response = await Server.GetAsync("/graphite");

        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("""
            demo.mtail.g.file.app_log 1.5 1714557600
            demo.mtail.last_user carol 1714557600
            demo.mtail.latency_ms.method.GET.bin_10 0 1714557600
            demo.mtail.latency_ms.method.GET.bin_50 1 1714557600
            demo.mtail.latency_ms.method.GET.bin_100 1 1714557600
            demo.mtail.latency_ms.method.GET.bin_inf 0 1714557600
            demo.mtail.latency_ms.method.GET.count 2 1714557600
            demo.mtail.latency_ms.method.GET 115 1714557600
            demo.mtail.latency_ms.method.POST.bin_10 0 1714557601
            demo.mtail.latency_ms.method.POST.bin_50 0 1714557601
            demo.mtail.latency_ms.method.POST.bin_100 0 1714557601
            demo.mtail.latency_ms.method.POST.bin_inf 1 1714557601
            demo.mtail.latency_ms.method.POST.count 1 1714557601
            demo.mtail.latency_ms.method.POST 600.25 1714557601
            demo.mtail.plain 0 0
            demo.mtail.requests_total.code.200.method.GET 2 1714557600
            demo.mtail.requests_total.code.500.method.POST 1 1714557601

            """);
    }

    [Fact]
    public async Task Graphite_puts_the_prefix_first()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Counter("c")).GetOrCreate([], 3 * SmallStores.Second)).Add(2, 3 * SmallStores.Second);
        await using var server = await RunningServer.StartAsync(store, RunningServer.Loopback with { GraphitePrefix = "gp." });

        (await server.GetStringAsync("/graphite")).Should().Be("gp.x.mtail.c 2 3\n");
    }
}
