using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>The daemon pushes on its own: the flags start the exporters, and a failing target is counted on
/// <c>/metrics</c> while the others keep pushing.</summary>
public sealed class PushTests
{
    [Fact]
    public async Task The_daemon_pushes_every_interval_and_counts_a_refused_target()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("push.mtail", "counter lines_total\n/$/ {\n  lines_total++\n}\n");
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        using var statsd = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var statsdPort = ((IPEndPoint)statsd.Client.LocalEndPoint!).Port;
        var refused = Exporting.Push.Loopback.FreeTcpPort();

        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log,
            "-metric_push_interval", "200ms", "-statsd_hostport", $"127.0.0.1:{statsdPort}", "-statsd_prefix", "sp.",
            "-graphite_host_port", $"127.0.0.1:{refused}");
        File.AppendAllText(log, "one\ntwo\n");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Poll.DefaultTimeout);
        string datagram;
        do
        {
            datagram = Encoding.UTF8.GetString((await statsd.ReceiveAsync(timeout.Token)).Buffer);
        }
        while (datagram != "sp.push.mtail.lines_total:2|c");

        var scrape = await Poll.UntilAsync("a counted statsd push", daemon.MetricsAsync,
            s => MetricsText.Value(s, "logmetrics_pushes_total{exporter=\"statsd\"}") >= 1);
        await Poll.UntilAsync("a counted graphite failure", daemon.MetricsAsync,
            s => MetricsText.Value(s, "logmetrics_push_errors_total{exporter=\"graphite\"}") >= 1);
        MetricsText.Value(scrape, "logmetrics_push_errors_total{exporter=\"statsd\"}").Should().BeNull();
        daemon.Stderr.Should().Contain("graphite push failed: Connection refused");
    }

    [Fact]
    public async Task The_daemon_pushes_over_otlp_grpc_by_default_and_once_more_when_it_stops()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("push.mtail", "counter lines_total\n/$/ {\n  lines_total++\n}\n");
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var receiver = await Exporting.Otlp.OtlpReceiver.StartAsync(grpc: true);

        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log,
            "-metric_push_interval", "300ms", "-otlp_endpoint", receiver.Endpoint.ToString());
        File.AppendAllText(log, "one\ntwo\n");

        await Poll.UntilAsync("an OTLP push with both lines counted", () => Task.FromResult(LinesTotal(receiver)), n => n == 2);
        var before = receiver.Requests.Count;
        (await daemon.StopAsync()).Should().Be(0);
        receiver.Requests.Count.Should().BeGreaterThan(before, "the OTLP exporter pushes once more on the way out");
        daemon.Stderr.Should().NotContain("push failed");
    }

    static long? LinesTotal(Exporting.Otlp.OtlpReceiver receiver) =>
        receiver.Requests.LastOrDefault()?.ResourceMetrics.SelectMany(r => r.ScopeMetrics)
            .Where(s => s.Scope.Name == "push.mtail").SelectMany(s => s.Metrics)
            .SingleOrDefault(m => m.Name == "lines_total")?.Sum.DataPoints.Single().AsInt;
}
