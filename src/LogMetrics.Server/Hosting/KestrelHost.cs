using LogMetrics.Server.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LogMetrics.Server.Hosting;

/// <summary>Builds the Kestrel host: an empty builder (no configuration files, no environment variables, no
/// log providers, so nothing outside the daemon's flags changes where or how it listens) and one request
/// delegate.</summary>
internal static class KestrelHost
{
    /// <summary>Open connections past which the oldest one without a request is closed for each new one: a quarter
    /// of the descriptor limit, at most 512, so connections cannot take the descriptors logs and checkpoints need.</summary>
    static readonly int ConnectionCapacity = LogMetrics.Tailing.FileDescriptors.HttpConnections(LogMetrics.Tailing.FileDescriptors.Limit);

    public static WebApplication Build(ListenTarget target, RequestDispatcher dispatcher)
    {
        var shedder = new ConnectionShedder(ConnectionCapacity);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var limits = kestrel.Limits;
            limits.MaxRequestBodySize = 0;
            limits.MaxRequestLineSize = 8 * 1024;
            limits.MaxRequestHeadersTotalSize = 16 * 1024;
            limits.MaxRequestHeaderCount = 64;
            // No cap of Kestrel's (it refuses newcomers): the shedder closes the oldest connection without a
            // request instead.
            limits.MaxConcurrentConnections = null;

            // mtail 3.0.9: read header timeout 2 s, idle timeout 30 s. Kestrel applies the keep-alive timeout
            // before a connection's first byte too, so it is short: a connection that sends nothing is closed
            // after 5 s (Prometheus reconnects for its next scrape). No write timeout: a large scrape to a slow
            // client is not cut off as 3.0.9's 5 s write timeout does.
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(5);
            limits.KeepAliveTimeout = TimeSpan.FromSeconds(5);
            target.Configure(kestrel, shedder);
        });

        var app = builder.Build();
        app.Run(shedder.TrackRequests(dispatcher.HandleAsync));
        return app;
    }
}
