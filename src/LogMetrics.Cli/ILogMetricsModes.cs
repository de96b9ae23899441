namespace LogMetrics.Cli;

/// <summary>
/// The three things logmetrics can do once its command line is accepted. The CLI picks one and returns its
/// exit code; implementations log through Serilog's static <c>Log</c>.
/// </summary>
public interface ILogMetricsModes
{
    /// <summary><c>-compile_only</c>: compile every program, report errors; 0 when all compile.</summary>
    int CompileOnly(LogMetricsOptions options);

    /// <summary><c>-one_shot</c>: read the logs once from the start, write the metrics to <paramref name="stdout"/>.</summary>
    int OneShot(LogMetricsOptions options, TextWriter stdout);

    /// <summary>The daemon: tail logs and serve metrics until <paramref name="cancellationToken"/> fires (SIGINT/SIGTERM); 0 on a clean stop.</summary>
    Task<int> DaemonAsync(LogMetricsOptions options, CancellationToken cancellationToken);
}
