using LogMetrics.Metrics;
using Prometheus;

namespace LogMetrics.Exporting.Exposition;

/// <summary>The daemon's <c>/metrics</c> body: the store's families (our writer), then the families of a
/// prometheus-net registry holding the process and self metrics (prometheus-net's serializer).</summary>
public static class PrometheusScrape
{
    /// <summary>The text format 0.0.4 content type, as prometheus-net and client_golang send it.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Writes the scrape. When the store cannot be rendered nothing is written and the result
    /// carries the error (mtail answers HTTP 500).</summary>
    public static async Task<PrometheusWriteResult> WriteAsync(
        Stream output,
        MetricStore store,
        CollectorRegistry? selfMetrics,
        PrometheusWriterOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var body = new Utf8TextBuffer();
        var result = PrometheusTextWriter.RenderUtf8(store, body, options);
        if (!result.Succeeded)
        {
            return result;
        }

        await output.WriteAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
        if (selfMetrics is not null)
        {
            await selfMetrics.CollectAndExportAsTextAsync(output, ExpositionFormat.PrometheusText, cancellationToken)
                .ConfigureAwait(false);
        }

        return result;
    }
}
