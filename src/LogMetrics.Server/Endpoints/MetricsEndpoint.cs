using System.IO.Compression;
using System.Text;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Server.Formats;
using Microsoft.AspNetCore.Http;
using Prometheus;

namespace LogMetrics.Server.Endpoints;

/// <summary><c>/metrics</c>: the store's families, then the self-metrics registry; text 0.0.4 or OpenMetrics,
/// gzip when accepted. A store that cannot be rendered answers 500 with promhttp's text, as in mtail.</summary>
/// <remarks>The scrape is built in memory before anything is sent, so that a failure can still answer 500 and
/// the response has a Content-Length. Reading the store takes no lock that line processing waits on.</remarks>
internal sealed class MetricsEndpoint(ServerContext server)
{
    // The last body's size: the next body is about as large, so its buffer is sized once instead of
    // doubling through a dozen copies (a 100k-series body is 7 MB).
    private int _lastBodySize = 64 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var negotiation = ScrapeNegotiation.From(context.Request, server.Options.EnableOpenMetrics);
        using var body = new MemoryStream(Volatile.Read(ref _lastBodySize) + (16 * 1024));
        var contentType = PrometheusScrape.ContentType;
        PrometheusWriteResult result;
        if (negotiation.OpenMetricsVersion is { } version
            && await TryWriteOpenMetricsAsync(body, ct).ConfigureAwait(false) is { } openMetrics)
        {
            result = openMetrics;
            contentType = $"{ScrapeNegotiation.OpenMetricsType}; version={version}; charset=utf-8";
        }
        else
        {
            result = await PrometheusScrape.WriteAsync(body, server.State.Store, server.SelfMetrics, server.WriterOptions, ct)
                .ConfigureAwait(false);
        }

        server.Warn(result.Warnings);
        if (!result.Succeeded)
        {
            await Replies.ErrorAsync(context, StatusCodes.Status500InternalServerError,
                "An error has occurred while serving metrics:\n\n" + result.Error).ConfigureAwait(false);
            return;
        }

        Volatile.Write(ref _lastBodySize, (int)body.Length);
        var response = context.Response;
        response.ContentType = contentType;
        response.Headers.Vary = server.Options.EnableOpenMetrics ? "Accept, Accept-Encoding" : "Accept-Encoding";
        body.Position = 0;
        if (negotiation.Gzip)
        {
            response.Headers.ContentEncoding = "gzip";
            var gzip = new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await using (gzip.ConfigureAwait(false))
            {
                await body.CopyToAsync(gzip, ct).ConfigureAwait(false);
            }
        }
        else
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), ct).ConfigureAwait(false);
        }
    }

    // Null when the store has something OpenMetrics cannot say; the scrape is then served as text 0.0.4.
    private async Task<PrometheusWriteResult?> TryWriteOpenMetricsAsync(MemoryStream body, CancellationToken ct)
    {
        var rendered = PrometheusTextWriter.Render(server.State.Store, server.WriterOptions);
        if (!rendered.Succeeded)
        {
            return rendered;
        }

        var text = new StringBuilder(rendered.Text.Length + 64);
        if (!OpenMetricsTranscoder.TryTranscode(rendered.Text, server.Options.EmitMetricTimestamp, text, out var reason))
        {
            server.Warn([$"serving text 0.0.4 instead of OpenMetrics: {reason}"]);
            return null;
        }

        await body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), ct).ConfigureAwait(false);

        // prometheus-net ends its OpenMetrics output with "# EOF".
        await server.SelfMetrics.CollectAndExportAsTextAsync(body, ExpositionFormat.OpenMetricsText, ct).ConfigureAwait(false);
        return rendered;
    }
}
