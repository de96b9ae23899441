using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Cli;

// The push exporters' flags (mtail's internal/exporter) and the logging flags glog adds to every mtail binary.
public sealed partial class LogMetricsFlags
{
    public GoFlag<TimeSpan> MetricPushInterval { get; } = GoFlag.Duration("metric_push_interval",
        Defaults.MetricPushInterval, "1m0s", "Interval between pushes to graphite, statsd and collectd.");

    public GoFlag<TimeSpan> MetricPushWriteDeadline { get; } = GoFlag.Duration("metric_push_write_deadline",
        Defaults.MetricPushWriteDeadline, "10s", "Time allowed to connect and write one push before it fails.");

    public GoFlag<string> GraphiteHostPort { get; } = GoFlag.Text("graphite_host_port", Defaults.GraphiteHostPort,
        "host:port of a graphite carbon server to push metrics to.");

    public GoFlag<string> GraphitePrefix { get; } = GoFlag.Text("graphite_prefix", Defaults.GraphitePrefix,
        "Text put before every graphite metric name (include your own dot).");

    public GoFlag<string> StatsdHostPort { get; } = GoFlag.Text("statsd_hostport", Defaults.StatsdHostPort,
        "host:port of a statsd server to push metrics to (UDP).");

    public GoFlag<string> StatsdPrefix { get; } = GoFlag.Text("statsd_prefix", Defaults.StatsdPrefix,
        "Text put before every statsd metric name.");

    public GoFlag<string> CollectdSocketPath { get; } = GoFlag.Text("collectd_socketpath", Defaults.CollectdSocketPath,
        "Path of a collectd unixsock socket to push metrics to.");

    public GoFlag<string> CollectdPrefix { get; } = GoFlag.Text("collectd_prefix", Defaults.CollectdPrefix,
        "Text put before every collectd plugin name.");

    public GoFlag<bool> ExperimentalEnableOpentelemetry { get; } = GoFlag.Bool("experimental_enable_opentelemetry",
        Defaults.ExperimentalEnableOpentelemetry, "EXPERIMENTAL (mtail 3.4): push metrics over OTLP.");

    public GoFlag<long> MetricPushIntervalSeconds { get; } = GoFlag.Number("metric_push_interval_seconds",
        Defaults.MetricPushIntervalSeconds, "DEPRECATED: accepted and ignored; use -metric_push_interval.");

    public GoFlag<bool> LogToStderr { get; } = GoFlag.Bool("logtostderr", Defaults.LogToStderr,
        "Write all log messages to standard error.");

    public GoFlag<bool> AlsoLogToStderr { get; } = GoFlag.Bool("alsologtostderr", Defaults.AlsoLogToStderr,
        "Write all log messages to standard error as well as to log files.");

    public GoFlag<GlogSeverity> StderrThreshold { get; } = GoFlag.Value("stderrthreshold", Defaults.StderrThreshold, "ERROR",
        "Messages at or above this severity (INFO, WARNING, ERROR, FATAL or 0-3) go to standard error.",
        GlogValues.Severity);

    public GoFlag<string> LogDir { get; } = GoFlag.Text("log_dir", Defaults.LogDir,
        "Directory for log files.");

    public GoFlag<int> Verbosity { get; } = GoFlag.Value("v", Defaults.Verbosity, null,
        "Verbosity level of debug logging.", GlogValues.Level);

    public GoFlag<string> Vmodule { get; } = GoFlag.Value("vmodule", Defaults.Vmodule, null,
        "Per-file verbosity as a comma-separated list of pattern=N.", GlogValues.Vmodule);

    public GoFlag<string> LogBacktraceAt { get; } = GoFlag.Value("log_backtrace_at", Defaults.LogBacktraceAt, null,
        "Log a stack trace when logging reaches file:line.", GlogValues.BacktraceAt);
}
