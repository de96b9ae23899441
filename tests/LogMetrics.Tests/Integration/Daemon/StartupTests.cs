using System.Net;
using System.Net.Sockets;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>What the daemon promises once it says it listens, and how it refuses to start.</summary>
public sealed class StartupTests
{
    const string CountLines = """
        counter lines_total
        /./ {
          lines_total++
        }
        """;

    [Fact]
    public async Task Lines_appended_as_soon_as_the_daemon_listens_are_counted_and_older_ones_are_not()
    {
        // A log present at start-up is read from its end (mtail's rule). Where that end is must be
        // fixed before "Listening on" is logged, or the first lines written after it can be skipped.
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "old 1\nold 2\n");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root,
            _ => File.AppendAllText(log, "new 1\nnew 2\nnew 3\n"), "-progs", scratch.Progs, "-logs", log);

        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 3);
        MetricsText.Value(scrape, $"mtail_log_lines_total{{logfile=\"{log}\"}}").Should().Be(3);
        daemon.Stderr.Split('\n').Count(l => l.StartsWith("Listening on ", StringComparison.Ordinal)).Should().Be(1, daemon.Stderr);
        (await daemon.Http.GetStringAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken)).Should().Be("ready\n");
    }

    [Fact]
    public async Task A_port_already_in_use_exits_1_with_gos_bind_message()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        await using var daemon = DaemonProcess.Launch(scratch.Root,
            ["-progs", scratch.Progs, "-logs", scratch.PathOf("app.log"), "-address", "127.0.0.1", "-port", $"{port}", "-logtostderr"]);

        (await daemon.WaitForExitAsync(Poll.DefaultTimeout)).Should().Be(1, daemon.Stderr);
        daemon.Stderr.Should().EndWith($"\nlisten tcp 127.0.0.1:{port}: bind: address already in use\n");
    }

    [Fact]
    public async Task A_missing_progs_directory_exits_1_naming_it()
    {
        using var scratch = new Scratch();
        var missing = scratch.PathOf("no-such-dir");

        await using var daemon = DaemonProcess.Launch(scratch.Root,
            ["-progs", missing, "-logs", scratch.PathOf("app.log"), "-address", "127.0.0.1", "-port", "0"]);

        (await daemon.WaitForExitAsync(Poll.DefaultTimeout)).Should().Be(1);
        daemon.Stderr.Should().Be($"stat {missing}: no such file or directory\n");
    }
}
