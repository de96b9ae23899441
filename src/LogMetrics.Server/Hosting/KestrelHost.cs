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
    public static WebApplication Build(ListenTarget target, RequestDispatcher dispatcher)
    {
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
            limits.MaxConcurrentConnections = 1024;

            // mtail 3.0.9: read header timeout 2 s, idle timeout 30 s. No write timeout: a large scrape to a slow
            // client is not cut off as 3.0.9's 5 s write timeout does.
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(5);
            limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
            target.Configure(kestrel);
        });

        var app = builder.Build();
        app.Run(dispatcher.HandleAsync);
        return app;
    }
}
