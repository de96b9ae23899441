using System.Net.Sockets;
using System.Text;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>Scrapes under load against the real daemon: many at once while a writer appends as fast as it can,
/// and a client that asks for <c>/metrics</c> and then never reads.</summary>
public sealed class ScrapeLoadTests
{
    const int Lines = 100_000;

    // One label set per thousand lines, so the scrape grows while it is taken.
    const string Program = """
        counter lines_total
        counter by_thousand by k
        /^line (?P<n>\d+)(?P<k>\d{3})$|^line (?P<m>\d{1,3})$/ {
          lines_total++
          by_thousand[$n]++
        }
        """;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hundred_parallel_scrapes_while_ingesting_at_full_speed_all_succeed_and_never_go_backwards()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("load.mtail", Program);
        var log = scratch.PathOf("app.log");
        File.WriteAllBytes(log, []);
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        var writing = ChildProcess.RunShellAsync($"seq 1 {Lines} | sed 's/^/line /' >> app.log", scratch.Root);
        var scrapes = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            await Task.Delay(i * 5, Ct);
            using var response = await daemon.Http.GetAsync(new Uri("metrics", UriKind.Relative), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            return (Ok: response.IsSuccessStatusCode, Lines: MetricsText.Value(body, "lines_total{prog=\"load.mtail\"}"), body);
        }));
        await writing;

        scrapes.Should().OnlyContain(s => s.Ok && s.Lines != null && s.body.EndsWith('\n'));
        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"load.mtail\"}", Lines, TimeSpan.FromSeconds(60));
        MetricsText.Value(scrape, "mtail_lines_total").Should().Be(Lines);
        scrape.Should().Contain("by_thousand{k=\"99\",prog=\"load.mtail\"} 1000");
        daemon.Process.Stderr.Should().NotContainAny("Exception", "[ERR]", "[FTL]");
    }

    [Fact]
    public async Task A_client_that_never_reads_its_scrape_blocks_neither_other_scrapes_nor_ingestion()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("load.mtail", Program);
        var log = scratch.PathOf("app.log");
        await File.WriteAllLinesAsync(log, [], Ct);
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await ChildProcess.RunShellAsync($"seq 1 {Lines} | sed 's/^/line /' >> app.log", scratch.Root);
        await daemon.WaitForValueAsync("lines_total{prog=\"load.mtail\"}", Lines, TimeSpan.FromSeconds(60));

        // Slow clients: ask for /metrics with a tiny receive window and never read the answer.
        var slow = new List<Socket>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
                await socket.ConnectAsync("127.0.0.1", daemon.Port, Ct);
                await socket.SendAsync(Encoding.ASCII.GetBytes("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"), Ct);
                slow.Add(socket);
            }

            await ChildProcess.RunShellAsync($"seq {Lines + 1} {2 * Lines} | sed 's/^/line /' >> app.log", scratch.Root);

            var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"load.mtail\"}", 2 * Lines, TimeSpan.FromSeconds(60));
            scrape.Should().Contain("by_thousand{k=\"199\",prog=\"load.mtail\"} 1000");
        }
        finally
        {
            foreach (var socket in slow)
            {
                socket.Dispose();
            }
        }
    }
}
