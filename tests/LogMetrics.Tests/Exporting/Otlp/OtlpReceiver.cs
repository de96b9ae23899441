using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;
using LogMetrics.Tests.Exporting.Otlp.Proto;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LogMetrics.Tests.Exporting.Otlp;

/// <summary>An OTLP receiver on 127.0.0.1 (Kestrel, port 0), over HTTP (<c>POST /v1/metrics</c>, a protobuf body) or
/// gRPC (HTTP/2 without TLS, the MetricsService's Export method, one length-prefixed message): decodes each
/// request and keeps it.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    readonly WebApplication _app;

    OtlpReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ExportMetricsServiceRequest> Requests { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync(bool grpc = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0,
            listen => listen.Protocols = grpc ? HttpProtocols.Http2 : HttpProtocols.Http1AndHttp2));
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/opentelemetry.proto.collector.metrics.v1.MetricsService/Export", async (HttpContext context) =>
        {
            // gRPC's framing: a compressed flag byte and a big-endian length before the message.
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var frame = body.ToArray();
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(frame.AsSpan(1, 4));
            receiver.Requests.Enqueue(ExportMetricsServiceRequest.Parser.ParseFrom(frame, 5, length));
            context.Response.ContentType = "application/grpc";
            await context.Response.Body.WriteAsync(new byte[5], context.RequestAborted);
            context.Response.AppendTrailer("grpc-status", "0");
        });
        app.MapPost("/v1/metrics", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver.Requests.Enqueue(ExportMetricsServiceRequest.Parser.ParseFrom(body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
            await context.Response.Body.WriteAsync(new ExportMetricsServiceResponse().ToByteArray(), context.RequestAborted);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()!.Addresses.Single()
            : throw new InvalidOperationException("no server");
        receiver.Endpoint = grpc ? new Uri(address) : new Uri(new Uri(address), "/v1/metrics");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
