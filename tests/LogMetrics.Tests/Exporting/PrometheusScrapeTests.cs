using System.Text;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;
using PromNet = Prometheus;

namespace LogMetrics.Tests.Exporting;

public sealed class PrometheusScrapeTests
{
    [Fact]
    public async Task The_store_comes_first_then_the_prometheus_net_registry()
    {
        var store = new MetricStore();
        store.Add(Defs.Counter("c"));
        var registry = PromNet.Metrics.NewCustomRegistry();
        PromNet.Metrics.WithCustomRegistry(registry).CreateCounter("mtail_lines_total", "lines read").Inc(3);
        using var output = new MemoryStream();

        var result = await PrometheusScrape.WriteAsync(output, store, registry, cancellationToken: TestContext.Current.CancellationToken);

        result.Succeeded.Should().BeTrue();
        Encoding.UTF8.GetString(output.ToArray()).Should().Be("""
            # HELP c defined at x.mtail:1:9-12
            # TYPE c counter
            c{prog="x.mtail"} 0
            # HELP mtail_lines_total lines read
            # TYPE mtail_lines_total counter
            mtail_lines_total 3

            """);
    }

    [Fact]
    public async Task A_failing_store_writes_nothing()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("c", MetricKind.Counter, MetricValueType.Int, [], "a.mtail"));
        store.Add(Defs.Make("c", MetricKind.Counter, MetricValueType.Int, [], "b.mtail"));
        using var output = new MemoryStream();

        var result = await PrometheusScrape.WriteAsync(
            output, store, PromNet.Metrics.NewCustomRegistry(), new PrometheusWriterOptions { EmitProgLabel = false }, TestContext.Current.CancellationToken);

        result.Succeeded.Should().BeFalse();
        output.Length.Should().Be(0);
    }
}
