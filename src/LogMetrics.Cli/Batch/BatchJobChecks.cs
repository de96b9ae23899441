using LogMetrics.Tailing;

namespace LogMetrics.Cli.Batch;

/// <summary>
/// Start-up checks of the pipe and batch-job flags (logmetrics' own, so they run after mtail's
/// checks): each returns the message to print before exiting 1, or null.
/// </summary>
public static class BatchJobChecks
{
    public const string PassthroughNeedsStdin =
        "-passthrough copies standard input to standard output, so it needs -logs - (or -logs /dev/stdin)";

    public const string PassthroughNotInOneShot =
        "-passthrough copies standard input, which -one_shot does not read; use it with the daemon and -logs -";

    public static string? Check(LogMetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Passthrough && options.OneShot)
        {
            return PassthroughNotInOneShot;
        }
        if (options.Passthrough && !options.Logs.Any(StandardInput.Is))
        {
            return PassthroughNeedsStdin;
        }
        if (options.ExitOnEof && options.IdleExit <= TimeSpan.Zero)
        {
            // Zero would end the run at the first look, even while a file grows.
            return "-idle_exit must be positive: it is how long the logs must stop growing before -exit_on_eof ends the run";
        }
        if (options.PushGateway.Length > 0 && PushGatewayUri(options) is null)
        {
            return $"-push_gateway wants an http:// or https:// URL, not \"{options.PushGateway}\"";
        }
        if (options.PushGateway.Length > 0 && options.PushJob.Length == 0)
        {
            return "-push_job must not be empty: the Pushgateway groups metrics by job";
        }
        return null;
    }

    /// <summary>The <c>-push_gateway</c> URL, or null when it is not an absolute http(s) URL.</summary>
    public static Uri? PushGatewayUri(LogMetricsOptions options) =>
        Uri.TryCreate(options.PushGateway, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
