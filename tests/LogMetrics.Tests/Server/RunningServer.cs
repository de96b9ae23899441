using System.Net;
using LogMetrics.Metrics;
using LogMetrics.Server;
using PromNet = Prometheus;

namespace LogMetrics.Tests.Server;

/// <summary>A server on 127.0.0.1 with a free port and a client for it (no automatic decompression, so
/// tests see the bytes on the wire).</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(MetricsHttpServer server, FakeDaemonState state, PromNet.CollectorRegistry selfMetrics)
    {
        Server = server;
        State = state;
        SelfMetrics = selfMetrics;
        Client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = server.Addresses[0],
        };
    }

    public MetricsHttpServer Server { get; }

    public FakeDaemonState State { get; }

    public PromNet.CollectorRegistry SelfMetrics { get; }

    public HttpClient Client { get; }

    public static HttpServerOptions Loopback => new("127.0.0.1", "0", null, EmitProgLabel: true, EmitMetricTimestamp: false)
    {
        Hostname = "vm",
        BuildInfo = "logmetrics test",
    };

    /// <summary>Starts a server over <paramref name="store"/>; the self-metrics registry is empty unless given.</summary>
    public static async Task<RunningServer> StartAsync(
        MetricStore store,
        HttpServerOptions? options = null,
        PromNet.CollectorRegistry? selfMetrics = null)
    {
        var state = new FakeDaemonState(store);
        selfMetrics ??= PromNet.Metrics.NewCustomRegistry();
        var server = await MetricsHttpServer.StartAsync(options ?? Loopback, state, selfMetrics, null, TestContext.Current.CancellationToken);
        return new RunningServer(server, state, selfMetrics);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path, TestContext.Current.CancellationToken);

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
