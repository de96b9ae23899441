using Prometheus;

namespace LogMetrics.Cli.Daemon;

/// <summary>
/// logmetrics' own metrics, in a prometheus-net registry served after the programs' metrics on
/// <c>/metrics</c>. Names follow mtail's where mtail has the metric, so existing dashboards and
/// alerts keep working; what mtail lacks is named <c>logmetrics_*</c>.
/// </summary>
public sealed class SelfMetrics
{
    public SelfMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        DotNetStats.Register(Registry);
        LinesTotal = factory.CreateCounter("mtail_lines_total", "Lines read from all logs.");
        LogLines = factory.CreateCounter("mtail_log_lines_total", "Lines read per log.", "logfile");
        LogErrors = factory.CreateCounter("mtail_log_errors_total", "Errors reading a log.", "logfile");
        LogBytes = factory.CreateCounter("logmetrics_log_bytes_total", "Bytes read per log.", "logfile");
        LogRotations = factory.CreateCounter("logmetrics_log_rotations_total", "Rotations seen per log (rename, symlink swap).", "logfile");
        LogTruncations = factory.CreateCounter("logmetrics_log_truncations_total", "Truncations seen per log (copytruncate).", "logfile");
        LinesCut = factory.CreateCounter("logmetrics_log_lines_cut_total", "Lines cut at the maximum line length, per log.", "logfile");
        LogFilesOpen = factory.CreateGauge("logmetrics_log_files_open", "Log files held open now (at most the limit the descriptor limit sets; the others are parked).");
        OpensDeferred = factory.CreateCounter("logmetrics_log_opens_deferred_total", "Opens of log files put off for lack of a file descriptor, each retried at the next poll.");
        ConnectionsRefused = factory.CreateCounter("logmetrics_log_connections_refused_total",
            "Stream connections refused or closed at the connection cap or the partial-line budget, per log.", "logfile");
        ProgramLoads = factory.CreateCounter("mtail_prog_loads_total", "Successful program loads.", "prog");
        ProgramLoadErrors = factory.CreateCounter("mtail_prog_load_errors_total", "Failed program loads.", "prog");
        RuntimeErrors = factory.CreateCounter("mtail_prog_runtime_errors_total", "Runtime errors per program.", "prog");
        LineDuration = factory.CreateHistogram("mtail_vm_line_processing_duration_seconds", "Time to process one line, per program.",
            new HistogramConfiguration { LabelNames = ["prog"], Buckets = Histogram.ExponentialBuckets(2e-5, 2, 10) });
        Pushes = factory.CreateCounter("logmetrics_pushes_total", "Pushes completed, per push exporter.", "exporter");
        PushErrors = factory.CreateCounter("logmetrics_push_errors_total", "Pushes that failed, per push exporter.", "exporter");
        SeriesOverflow = factory.CreateCounter("logmetrics_series_overflow_total",
            "Writes to new label sets sent to the __overflow__ series because the store held -max_series label sets, per metric.", "metric");
        BuildInfo = factory.CreateGauge("logmetrics_build_info", "Build information; the value is always 1.", "version");
        BuildInfo.WithLabels(LogMetrics.Cli.BuildInfo.Current.Version).Set(1);
    }

    public CollectorRegistry Registry { get; }
    public Counter LinesTotal { get; }
    public Counter LogLines { get; }
    public Counter LogErrors { get; }
    public Counter LogBytes { get; }
    public Counter LogRotations { get; }
    public Counter LogTruncations { get; }
    public Counter LinesCut { get; }
    public Counter ConnectionsRefused { get; }
    public Gauge LogFilesOpen { get; }
    public Counter OpensDeferred { get; }
    public Counter ProgramLoads { get; }
    public Counter ProgramLoadErrors { get; }
    public Counter RuntimeErrors { get; }
    public Histogram LineDuration { get; }
    public Counter Pushes { get; }
    public Counter PushErrors { get; }
    public Counter SeriesOverflow { get; }
    public Gauge BuildInfo { get; }
}
