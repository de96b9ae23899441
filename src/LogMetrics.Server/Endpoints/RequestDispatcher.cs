using System.Collections.Frozen;
using LogMetrics.Server.Hosting;
using Microsoft.AspNetCore.Http;

namespace LogMetrics.Server.Endpoints;

/// <summary>The whole request pipeline: GET and HEAD only, no request body, exact paths (Go's mux is
/// case-sensitive and has no trailing-slash aliases here), and 404 for the rest.</summary>
/// <remarks>mtail answers every unknown path with its status page and 200. A Prometheus target with a wrong
/// metrics path would then look healthy while returning HTML, so unknown paths are 404 here.</remarks>
internal sealed class RequestDispatcher
{
    private readonly ServerContext _server;
    private readonly FrozenDictionary<string, RequestDelegate> _routes;

    public RequestDispatcher(ServerContext server)
    {
        _server = server;
        var metrics = new MetricsEndpoint(server);
        var dumps = new DumpEndpoints(server);
        var status = new StatusEndpoints(server);
        _routes = new Dictionary<string, RequestDelegate>(StringComparer.Ordinal)
        {
            ["/"] = status.StatusAsync,
            ["/metrics"] = metrics.HandleAsync,
            ["/json"] = dumps.JsonAsync,
            ["/varz"] = dumps.VarzAsync,
            ["/graphite"] = dumps.GraphiteAsync,
            ["/progz"] = status.ProgzAsync,
            ["/healthz"] = StatusEndpoints.HealthzAsync,
            ["/readyz"] = status.ReadyzAsync,
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await Replies.ErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Method Not Allowed").ConfigureAwait(false);
            return;
        }

        // Nothing here reads a body; refuse one rather than leave Kestrel to drain it.
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            context.Response.Headers.Connection = "close";
            await Replies.ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, "Request Entity Too Large").ConfigureAwait(false);
            return;
        }

        if (!_routes.TryGetValue(request.Path.Value ?? "/", out var route))
        {
            await Replies.ErrorAsync(context, StatusCodes.Status404NotFound, "404 page not found").ConfigureAwait(false);
            return;
        }

        try
        {
            await route(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-response.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            ServerLog.RequestFailed(_server.Log, request.Path.Value ?? "/", e);
            context.Response.Clear();
            await Replies.ErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal Server Error").ConfigureAwait(false);
        }
    }
}
