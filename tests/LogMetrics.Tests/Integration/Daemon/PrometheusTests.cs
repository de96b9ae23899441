using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>A real Prometheus scrapes a real logmetrics, and the values come back through its query API.</summary>
public sealed class PrometheusTests
{
    const string PrometheusBinary = "/usr/bin/prometheus";

    [Fact]
    public async Task Prometheus_scrapes_the_daemon_and_answers_queries_with_the_logged_values()
    {
        if (!File.Exists(PrometheusBinary))
        {
            Assert.Skip($"{PrometheusBinary} is not installed (.ci/run installs the prometheus package).");
        }
        using var scratch = new Scratch();
        var log = scratch.PathOf("job.log");
        File.WriteAllText(log, "");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root,
            "-progs", Scratch.RepositoryFile("examples/gpu-job/config.mtail"), "-logs", log);

        var webPort = FreeLoopbackPort();
        var config = scratch.PathOf("prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: logmetrics
                scrape_interval: 1s
                static_configs:
                  - targets: ['127.0.0.1:{daemon.Port}']
            """);
        var prometheus = ChildProcess.Start(PrometheusBinary, [
            $"--config.file={config}",
            $"--storage.tsdb.path={scratch.PathOf("tsdb")}",
            $"--web.listen-address=127.0.0.1:{webPort}",
            "--log.level=warn",
        ], scratch.Root);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(5) };
            await File.AppendAllTextAsync(log, "running with 1 200 100 2000\nplatform: gpu\n12.5\n(200, 100, 1, 2000) gpu:0\n",
                TestContext.Current.CancellationToken);

            var duration = await Poll.UntilAsync("Prometheus to return duration 12.5",
                () => QueryAsync(http, "duration"), r => r.Value == "12.5", TimeSpan.FromSeconds(30));
            duration.Labels.Should().Equal(new Dictionary<string, string>
            {
                ["__name__"] = "duration",
                ["instance"] = $"127.0.0.1:{daemon.Port}",
                ["job"] = "logmetrics",
                ["prog"] = "config.mtail",
            });
            // The self-metrics arrive in the same scrape, with mtail's names.
            (await Poll.UntilAsync("Prometheus to return mtail_lines_total 4",
                () => QueryAsync(http, "mtail_lines_total"), r => r.Value == "4")).Value.Should().Be("4");
        }
        finally
        {
            await prometheus.DisposeAsync();
        }
    }

    readonly record struct Sample(string? Value, Dictionary<string, string> Labels, string Body)
    {
        public override string ToString() => Body;
    }

    // The instant vector's single sample; Value is null while the query finds nothing.
    static async Task<Sample> QueryAsync(HttpClient http, string query)
    {
        var body = await http.GetStringAsync(new Uri($"api/v1/query?query={Uri.EscapeDataString(query)}", UriKind.Relative),
            TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        var result = json.RootElement.GetProperty("data").GetProperty("result");
        if (result.GetArrayLength() != 1)
        {
            return new Sample(null, [], body);
        }
        var sample = result[0];
        var labels = sample.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
        return new Sample(sample.GetProperty("value")[1].GetString(), labels, body);
    }

    // Prometheus cannot listen on port 0, so take a port the kernel has just handed out.
    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
