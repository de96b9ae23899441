using LogMetrics.Server.Endpoints;
using LogMetrics.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Prometheus;

namespace LogMetrics.Server;

/// <summary>The daemon's HTTP server on Kestrel (mtail's <c>/metrics</c>, <c>/json</c>, <c>/varz</c>,
/// <c>/graphite</c>, <c>/progz</c> and status page, plus <c>/healthz</c> and <c>/readyz</c>). It only reads the
/// store and the daemon's state, so scrapes never hold up line processing.</summary>
public sealed class MetricsHttpServer : IAsyncDisposable
{
    // mtail's graceful HTTP stop waits up to five seconds.
    private static readonly TimeSpan _shutdownGrace = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly string? _socketPath;
    private int _stopped;

    private MetricsHttpServer(WebApplication app, IReadOnlyList<Uri> addresses, string? socketPath)
    {
        _app = app;
        Addresses = addresses;
        _socketPath = socketPath;
    }

    /// <summary>The bound addresses: <c>http://127.0.0.1:41234/</c> (the real port when Port is "0"), or
    /// <c>unix:/path/to.sock</c> for a unix socket.</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>Binds and starts serving. Throws <see cref="HttpBindException"/> with Go's message (mtail logs it
    /// and exits 1) when the port or socket is taken or the address cannot be used.</summary>
    public static async Task<MetricsHttpServer> StartAsync(
        HttpServerOptions options,
        IDaemonState state,
        CollectorRegistry selfMetrics,
        ILogger? log,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(selfMetrics);
        log ??= NullLogger.Instance;
        var target = ListenTarget.Resolve(options);
        var server = new ServerContext(options, state, selfMetrics, log);
        var app = KestrelHost.Build(target, new RequestDispatcher(server));
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await app.DisposeAsync().ConfigureAwait(false);

            // Kestrel wraps "address in use" in an IOException and lets other socket errors through as they are.
            if (e is IOException or System.Net.Sockets.SocketException)
            {
                throw new HttpBindException(target.DescribeBindFailure(e), e);
            }

            throw;
        }

        var addresses = BoundAddresses(app);
        server.DisplayAddress = target.SocketPath ?? addresses[0].Authority;
        foreach (var address in addresses)
        {
            ServerLog.Listening(log, address);
        }

        return new MetricsHttpServer(app, addresses, target.SocketPath);
    }

    /// <summary>Stops accepting connections and lets requests in flight finish until <paramref name="ct"/> fires.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        await _app.StopAsync(ct).ConfigureAwait(false);

        // Go removes the socket file when its listener closes; so does this server.
        if (_socketPath is not null)
        {
            File.Delete(_socketPath);
        }
    }

    /// <summary>Stops (waiting up to five seconds for requests in flight) and releases the host.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(_shutdownGrace))
        {
            await StopAsync(grace.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static List<Uri> BoundAddresses(WebApplication app)
    {
        var feature = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        return [.. feature.Addresses.Select(ToUri)];
    }

    // Kestrel names a unix socket "http://unix:/path", which is not a valid URI.
    private static Uri ToUri(string address) =>
        address.StartsWith("http://unix:", StringComparison.Ordinal)
            ? new Uri("unix:" + address["http://unix:".Length..])
            : new Uri(address);
}
