using System.Net;
using LogMetrics.Metrics;
using LogMetrics.Tests.Exporting;
using LogMetrics.Tests.Metrics;
using PromNet = Prometheus;

namespace LogMetrics.Tests.Server;

public sealed class ConcurrentScrapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hundred_parallel_scrapes_while_the_store_is_written_all_parse()
    {
        var store = new MetricStore();
        var counter = store.Add(Defs.Counter("requests_total", "code"));
        var histogram = store.Add(Defs.Histogram("latency", [1, 10, 100], "code"));
        var selfMetrics = PromNet.Metrics.NewCustomRegistry();
        var lines = PromNet.Metrics.WithCustomRegistry(selfMetrics).CreateCounter("logmetrics_lines_total", "Lines read.");
        await using var server = await RunningServer.StartAsync(store, selfMetrics: selfMetrics);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        // One series exists before any scrape, so every scrape has the family whatever the writer's pace.
        histogram.GetOrCreate(["0"], 0);

        // The writer adds label sets as well as values, so scrapes see the store grow.
        var writer = Task.Run(() =>
        {
            var written = 0L;
            while (!stop.IsCancellationRequested)
            {
                var code = (written % 200).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ((IntDatum)counter.GetOrCreate([code], written)).Increment(written);
                ((HistogramDatum)histogram.GetOrCreate([code], written)).Observe(written % 150, written);
                lines.Inc();
                written++;
            }

            return written;
        }, Ct);

        var scrapes = Enumerable.Range(0, 100).Select(i => ScrapeAsync(server, i % 3 == 0 ? "/json" : "/metrics"));
        var bodies = await Task.WhenAll(scrapes);
        await stop.CancelAsync();
        (await writer).Should().BePositive();

        bodies.Should().HaveCount(100).And.OnlyContain(b => b.Length > 0);
    }

    private static async Task<string> ScrapeAsync(RunningServer server, string path)
    {
        using var response = await server.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync(Ct);
        if (path == "/json")
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(body);
            parsed.RootElement.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Array);
        }
        else
        {
            PromTextParser.Parse(body).Types.Should().ContainKey("latency");
        }

        return body;
    }
}
