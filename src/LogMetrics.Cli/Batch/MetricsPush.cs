using System.Net.Http.Headers;
using System.Text;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Exporting.Push;
using LogMetrics.Metrics;
using Serilog;

namespace LogMetrics.Cli.Batch;

/// <summary>
/// <c>-push_gateway</c>: the one push of every program metric when a run ends (the daemon's, or
/// one-shot's after it printed). The programs' metrics only: the gateway adds its own
/// <c>push_time_seconds</c>, and process metrics of a finished process mean nothing there.
/// </summary>
public static class MetricsPush
{
    static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Pushes the store and logs the outcome: <see cref="ExitCodes.Success"/>, or
    /// <see cref="ExitCodes.PushFailed"/>. Without <c>-push_gateway</c>, does nothing.
    /// </summary>
    public static async Task<int> PushAsync(LogMetricsOptions options, MetricStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (BatchJobChecks.PushGatewayUri(options) is not { } gateway)
        {
            return ExitCodes.Success;
        }
        var group = new PushgatewayGroup(options.PushJob, [.. options.PushLabel.Select(SplitLabel)]).UriUnder(gateway);
        var shown = new UriBuilder(group) { UserName = "", Password = "" }.Uri;
        var rendered = PrometheusTextWriter.Render(store, new PrometheusWriterOptions
        {
            EmitProgLabel = options.EmitProgLabel,
            // The gateway refuses samples that carry a timestamp.
            EmitTimestamps = false,
            // As the daemon's /metrics: one family may hold label sets of different names.
            RejectInconsistentLabelNames = false,
        });
        foreach (var warning in rendered.Warnings)
        {
            Log.Warning("{Warning}", warning);
        }
        var error = rendered.Error;
        if (error is null)
        {
            using var http = new HttpClient { Timeout = options.MetricPushWriteDeadline > TimeSpan.Zero ? options.MetricPushWriteDeadline : DefaultTimeout };
            if (gateway.UserInfo.Length > 0)
            {
                // http://user:password@host/ as curl reads it; HttpClient itself ignores the URL's user part.
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(gateway.UserInfo))));
            }
            error = await PushgatewayClient.PutAsync(http, group, rendered.Text, cancellationToken).ConfigureAwait(false);
        }
        if (error is not null)
        {
            Log.Error("Push to {Url} failed: {Error}", shown, error);
            return ExitCodes.PushFailed;
        }
        Log.Information("Pushed the metrics to {Url}", shown);
        return ExitCodes.Success;
    }

    // The flag's parser has checked each is name=value with a valid label name.
    static KeyValuePair<string, string> SplitLabel(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return new(pair[..equals], pair[(equals + 1)..]);
    }
}
