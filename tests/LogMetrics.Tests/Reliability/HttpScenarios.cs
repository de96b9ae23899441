using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>The HTTP server against clients that hold connections open and send nothing, or too little.</summary>
[Trait("Category", "Reliability")]
public sealed class HttpScenarios
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scrapes_are_answered_within_a_second_while_one_client_holds_2000_idle_or_slow_connections()
    {
        // Before: Kestrel's 1,024-connection cap, with its 30 s keep-alive applied before a connection's first byte,
        // refused every scrape for 30 s.
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await CountingDaemon.StartAsync(scratch, log);
        using var writer = new NumberedWriter(log);
        writer.Lines(10);
        await CaughtUpAsync(daemon, writer.Numbers);

        var held = new List<Socket>();
        try
        {
            for (var i = 0; i < 2000; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                held.Add(socket);
                await socket.ConnectAsync("127.0.0.1", daemon.Port, Ct);
                if (i % 2 == 1)
                {
                    // Slow: the start of a request, and then nothing.
                    await socket.SendAsync(Encoding.ASCII.GetBytes("GET /metrics HTTP/1.1\r\nHost: x\r\n"), Ct);
                }
            }

            using var client = new HttpClient { BaseAddress = daemon.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(1) };
            foreach (var path in new[] { "metrics", "healthz", "metrics" })
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
                response.IsSuccessStatusCode.Should().BeTrue($"/{path} answered in {clock.ElapsedMilliseconds} ms");
            }

            // The connections that sent no whole request are closed by the server within a few seconds.
            var closed = 0;
            var deadline = Stopwatch.StartNew();
            var buffer = new byte[1024];
            foreach (var socket in held)
            {
                var left = TimeSpan.FromSeconds(15) - deadline.Elapsed;
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
                    timeout.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
                    while (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) > 0)
                    {
                        // A 408 or an error page is fine too: what matters is the close after it.
                    }
                    closed++;
                }
                catch (SocketException)
                {
                    closed++; // reset by the server
                }
                catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
                {
                    break;
                }
            }
            closed.Should().Be(held.Count, "every idle or slow connection is closed by the server within 15 s");
            daemon.Stderr.Should().NotContain("Unhandled");
        }
        finally
        {
            foreach (var socket in held)
            {
                socket.Dispose();
            }
        }
    }
}
