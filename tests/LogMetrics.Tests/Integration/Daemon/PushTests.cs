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
}
