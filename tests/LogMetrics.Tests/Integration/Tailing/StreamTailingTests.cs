using System.IO.Pipes;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LogMetrics.Tailing;
using LogMetrics.Tests.Integration.Daemon;
using LogMetrics.Tests.Tailing;

namespace LogMetrics.Tests.Integration.Tailing;

/// <summary>Named pipes, standard input and sockets, fed by real writers.</summary>
public sealed class StreamTailingTests
{
    static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public async Task A_named_pipe_without_a_writer_does_not_block_and_each_writer_is_read_whole()
    {
        await using var h = new TailerHarness("pipe");
        h.Run("mkfifo pipe");
        h.Poll().Should().BeEmpty();
        h.Poll().Should().BeEmpty();
        // The partial line is complete when its writer closes the pipe.
        h.RunPollingTexts("printf 'one\\ntwo\\nthr' > pipe").Should().Equal("one", "two", "thr");
        h.RunPollingTexts("for i in $(seq 1 500); do echo line $i; done > pipe").Should().Equal(TailerHarness.Numbered("line", 1, 500));
        h.Status("pipe").Should().BeEquivalentTo(new { Opens = 1, LinesRead = 503, Errors = 0 });
    }

    [Fact]
    public async Task Standard_input_is_read_to_its_end_under_the_name_dash()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        await using var h = new TailerHarness(o => o with { OpenStandardInput = () => reader }, "-");
        h.Poll();
        await writer.WriteAsync(B("a\nb\n"), TestContext.Current.CancellationToken);
        (await h.ReceiveAsync(2)).Should().Equal(new LogLine("-", "a"), new LogLine("-", "b"));
        await writer.WriteAsync(B("c\npart"), TestContext.Current.CancellationToken);
        writer.Close();
        (await h.ReceiveAsync(2)).Select(l => l.Text).Should().Equal("c", "part");
        h.Poll();
        h.Status("-").Should().BeEquivalentTo(new { LinesRead = 4, BytesRead = 10, IsOpen = false });
        h.Lines().Should().BeEmpty();
    }

    [Fact]
    public async Task A_partial_line_on_standard_input_is_handed_on_at_shutdown()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        await using var h = new TailerHarness(o => o with { OpenStandardInput = () => reader }, "-");
        h.Poll();
        await writer.WriteAsync(B("whole\npart"), TestContext.Current.CancellationToken);
        (await h.ReceiveAsync(1)).Single().Text.Should().Be("whole");
        await h.Tailer.DisposeAsync();
        h.Texts().Should().Equal("part");
    }

    [Fact]
    public async Task A_unix_stream_socket_reads_every_connection_and_a_closing_connections_partial_line()
    {
        await using var h = new TailerHarness("unix://{dir}/log.sock");
        h.Poll();
        var endPoint = new UnixDomainSocketEndPoint(h.PathOf("log.sock"));
        await SendStream(endPoint, "a\nb\npart");
        (await h.ReceiveAsync(3)).Should().Equal(new LogLine(h.PathOf("log.sock"), "a"), new(h.PathOf("log.sock"), "b"), new(h.PathOf("log.sock"), "part"));
        await SendStream(endPoint, "c\n");
        (await h.ReceiveAsync(1)).Single().Text.Should().Be("c");
        await h.Tailer.DisposeAsync();
        h.Lines().Should().BeEmpty();
        File.Exists(h.PathOf("log.sock")).Should().BeFalse();
    }

    [Fact]
    public async Task A_unix_datagram_without_a_newline_is_joined_with_the_next_one()
    {
        await using var h = new TailerHarness("unixgram://{dir}/log.sock");
        h.Poll();
        using var client = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        var endPoint = new UnixDomainSocketEndPoint(h.PathOf("log.sock"));
        foreach (var datagram in new[] { "a\n", "b", "c\nd\n" })
        {
            await client.SendToAsync(B(datagram), SocketFlags.None, endPoint, TestContext.Current.CancellationToken);
        }
        (await h.ReceiveAsync(3)).Select(l => l.Text).Should().Equal("a", "bc", "d");
    }

    [Fact]
    public async Task A_tcp_listener_on_loopback_reads_lines()
    {
        var (h, port) = await ListenOnFreePort("tcp", SocketType.Stream);
        await using var _ = h;
        await SendStream(new IPEndPoint(IPAddress.Loopback, port), "x\ny\nz");
        (await h.ReceiveAsync(3)).Should().Equal(new LogLine($"127.0.0.1:{port}", "x"), new($"127.0.0.1:{port}", "y"), new($"127.0.0.1:{port}", "z"));
    }

    [Fact]
    public async Task A_udp_listener_on_loopback_joins_datagrams_like_unixgram()
    {
        var (h, port) = await ListenOnFreePort("udp", SocketType.Dgram);
        await using var _ = h;
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        foreach (var datagram in new[] { "p\n", "q", "r\n" })
        {
            await client.SendToAsync(B(datagram), SocketFlags.None, new IPEndPoint(IPAddress.Loopback, port), TestContext.Current.CancellationToken);
        }
        (await h.ReceiveAsync(2)).Select(l => l.Text).Should().Equal("p", "qr");
    }

    [Fact]
    public async Task Connections_past_the_cap_are_closed_on_accept_counted_and_reported_once()
    {
        var (h, port) = await ListenOnFreePort("tcp", SocketType.Stream, o => o with { MaxStreamConnections = 3 });
        await using var _ = h;
        var errors = new List<string>();
        h.Tailer.Error += (_, e) => { lock (errors) { errors.Add(e.Message); } };
        var endPoint = new IPEndPoint(IPAddress.Loopback, port);
        var held = new List<Socket>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                held.Add(client);
                await client.ConnectAsync(endPoint, TestContext.Current.CancellationToken);
                await client.SendAsync(B($"from {i}\n"), SocketFlags.None, TestContext.Current.CancellationToken);
            }

            (await h.ReceiveAsync(3)).Select(l => l.Text).Should().BeEquivalentTo("from 0", "from 1", "from 2");
            await Poll.UntilAsync("two refused", () => Task.FromResult(h.Status($"127.0.0.1:{port}").ConnectionsRefused), n => n == 2);
            lock (errors)
            {
                errors.Should().ContainSingle(e => e.Contains("3 connections are open", StringComparison.Ordinal));
            }

            // A place freed is taken again.
            held[0].Dispose();
            await Poll.UntilAsync("a new connection read", async () =>
            {
                await SendStream(endPoint, "again\n");
                return await h.TryReceiveAsync(TimeSpan.FromMilliseconds(200));
            }, line => line?.Text == "again");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_connection_whose_partial_line_passes_the_shared_budget_is_closed_and_the_others_go_on()
    {
        var (h, port) = await ListenOnFreePort("tcp", SocketType.Stream, o => o with { StreamBufferBytes = 50_000 });
        await using var _ = h;
        var endPoint = new IPEndPoint(IPAddress.Loopback, port);
        using var greedy = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await greedy.ConnectAsync(endPoint, TestContext.Current.CancellationToken);
        await greedy.SendAsync(B(new string('x', 30_000)), SocketFlags.None, TestContext.Current.CancellationToken);
        using var greedier = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await greedier.ConnectAsync(endPoint, TestContext.Current.CancellationToken);
        await greedier.SendAsync(B(new string('y', 30_000)), SocketFlags.None, TestContext.Current.CancellationToken);

        await Poll.UntilAsync("one closed", () => Task.FromResult(h.Status($"127.0.0.1:{port}").ConnectionsRefused), n => n == 1);
        await SendStream(endPoint, "fine\n");
        (await h.ReceiveAsync(1)).Single().Text.Should().Be("fine");
        await greedy.SendAsync(B("\n"), SocketFlags.None, TestContext.Current.CancellationToken);
        await greedier.SendAsync(B("\n"), SocketFlags.None, TestContext.Current.CancellationToken);
        var last = await h.ReceiveAsync(1);
        last.Single().Text.Should().MatchRegex("^(x{30000}|y{30000})$", "the connection that stayed keeps its whole line; the closed one's partial line is dropped");
    }

    static async Task SendStream(EndPoint endPoint, string text)
    {
        var protocol = endPoint is UnixDomainSocketEndPoint ? ProtocolType.Unspecified : ProtocolType.Tcp;
        using var client = new Socket(endPoint.AddressFamily, SocketType.Stream, protocol);
        await client.ConnectAsync(endPoint, TestContext.Current.CancellationToken);
        await client.SendAsync(B(text), SocketFlags.None, TestContext.Current.CancellationToken);
        client.Shutdown(SocketShutdown.Send);
    }

    // Another process may take the port between the probe and the tailer's bind: try another.
    static async Task<(TailerHarness Harness, int Port)> ListenOnFreePort(string scheme, SocketType type, Func<TailerOptions, TailerOptions>? configure = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort(type);
            var h = new TailerHarness(configure, $"{scheme}://127.0.0.1:{port}");
            h.Poll();
            if (h.Status($"127.0.0.1:{port}").IsOpen || attempt == 5)
            {
                return (h, port);
            }
            await h.DisposeAsync();
        }
    }

    static int FreePort(SocketType type)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, type, type == SocketType.Stream ? ProtocolType.Tcp : ProtocolType.Udp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
