using System.Net;
using System.Net.Sockets;
using LogMetrics.Metrics;
using LogMetrics.Server;
using LogMetrics.Server.Hosting;
using PromNet = Prometheus;

namespace LogMetrics.Tests.Server;

public sealed class ListenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Port_zero_reports_the_real_port()
    {
        await using var server = await RunningServer.StartAsync(new MetricStore());

        server.Server.Addresses.Should().ContainSingle()
            .Which.Should().Match<Uri>(u => u.Scheme == "http" && u.Host == "127.0.0.1" && u.Port > 0);
    }

    [Fact]
    public async Task A_port_in_use_fails_with_gos_message()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var start = () => StartAsync(RunningServer.Loopback with { Port = port });

        (await start.Should().ThrowAsync<HttpBindException>())
            .WithMessage($"listen tcp 127.0.0.1:{port}: bind: address already in use");
    }

    [Theory]
    [InlineData("", "3903", "tcp :3903")]
    [InlineData("127.0.0.1", "0", "tcp 127.0.0.1:0")]
    [InlineData("::1", "3903", "tcp [::1]:3903")]
    public void Addresses_are_named_as_go_names_them(string address, string port, string expected)
    {
        var target = ListenTarget.Resolve(new HttpServerOptions(address, port, null, true, false));

        $"{target.Network} {target.GoAddress}".Should().Be(expected);
    }

    [Theory]
    [InlineData("http", "listen tcp: lookup tcp/http: unknown port")]
    [InlineData("-1", "listen tcp: address -1: invalid port")]
    [InlineData("70000", "listen tcp: address 70000: invalid port")]
    public void A_bad_port_fails_before_binding(string port, string message)
    {
        var resolve = () => ListenTarget.Resolve(RunningServer.Loopback with { Port = port });

        resolve.Should().Throw<HttpBindException>().WithMessage(message);
    }

    [Fact]
    public async Task A_unix_socket_serves_http_and_is_removed_on_stop()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "logmetrics.sock");
        var server = await StartAsync(RunningServer.Loopback with { UnixSocket = path });
        try
        {
            server.Addresses.Should().Equal(new Uri("unix:" + path));
            using var client = UnixClient(path);

            var body = await client.GetStringAsync("http://localhost/healthz", Ct);

            body.Should().Be("ok\n");
        }
        finally
        {
            await server.DisposeAsync();
        }

        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task An_existing_socket_file_is_an_error_like_mtails()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "taken.sock");
        await File.WriteAllTextAsync(path, string.Empty, Ct);

        var start = () => StartAsync(RunningServer.Loopback with { UnixSocket = path });

        (await start.Should().ThrowAsync<HttpBindException>()).WithMessage($"listen unix {path}: bind: address already in use");
        File.Exists(path).Should().BeTrue();
    }

    [Fact]
    public async Task A_socket_in_a_missing_directory_fails_with_gos_message()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "missing", "x.sock");

        var start = () => StartAsync(RunningServer.Loopback with { UnixSocket = path });

        (await start.Should().ThrowAsync<HttpBindException>()).WithMessage($"listen unix {path}: bind: no such file or directory");
    }

    private static Task<MetricsHttpServer> StartAsync(HttpServerOptions options) =>
        MetricsHttpServer.StartAsync(options, new FakeDaemonState(new MetricStore()), PromNet.Metrics.NewCustomRegistry(), null, Ct);

    private static HttpClient UnixClient(string path) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (_, ct) =>
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    });

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("lm-http-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
