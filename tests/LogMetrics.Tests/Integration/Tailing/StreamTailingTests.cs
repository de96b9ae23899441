using System.IO.Pipes;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LogMetrics.Tailing;
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

    static async Task SendStream(EndPoint endPoint, string text)
    {
        var protocol = endPoint is UnixDomainSocketEndPoint ? ProtocolType.Unspecified : ProtocolType.Tcp;
        using var client = new Socket(endPoint.AddressFamily, SocketType.Stream, protocol);
        await client.ConnectAsync(endPoint, TestContext.Current.CancellationToken);
        await client.SendAsync(B(text), SocketFlags.None, TestContext.Current.CancellationToken);
        client.Shutdown(SocketShutdown.Send);
    }

    // Another process may take the port between the probe and the tailer's bind: try another.
    static async Task<(TailerHarness Harness, int Port)> ListenOnFreePort(string scheme, SocketType type)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort(type);
            var h = new TailerHarness($"{scheme}://127.0.0.1:{port}");
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
