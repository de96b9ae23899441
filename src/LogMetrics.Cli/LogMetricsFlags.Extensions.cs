using System.Collections.Immutable;
using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Cli;

// Flags mtail does not have: batch jobs and pipes (docs/deploying.md), restart-exact state and cardinality
// (docs/reliability.md), and OTLP push. Spelled in Go's style like the rest so one parser handles them all.
public sealed partial class LogMetricsFlags
{
    public GoFlag<bool> Passthrough { get; } = GoFlag.Bool("passthrough", Defaults.Passthrough,
        "logmetrics: copy every line read from standard input (-logs -) unchanged to standard output.");

    public GoFlag<bool> ExitOnEof { get; } = GoFlag.Bool("exit_on_eof", Defaults.ExitOnEof,
        "logmetrics: stop when standard input closes, or when every named file has been idle for -idle_exit; then push and exit 0.");

    public GoFlag<TimeSpan> IdleExit { get; } = GoFlag.Duration("idle_exit", Defaults.IdleExit, "30s",
        "logmetrics: with -exit_on_eof, how long named files must stop growing before the run ends.");

    public GoFlag<string> PushGateway { get; } = GoFlag.Text("push_gateway", Defaults.PushGateway,
        "logmetrics: URL of a Prometheus Pushgateway to push every metric to when the run ends.");

    public GoFlag<string> PushJob { get; } = GoFlag.Text("push_job", Defaults.PushJob,
        "logmetrics: the job name of the Pushgateway group.");

    public GoFlag<ImmutableArray<string>> PushLabel { get; } = GoFlag.Value("push_label", Defaults.PushLabel, null,
        "logmetrics: a Pushgateway grouping label as name=value; comma-separated, and the flag may be repeated.",
        GoValues.NameValueList,
        (earlier, later) => earlier.AddRange(later));

    public GoFlag<TimeSpan> Linger { get; } = GoFlag.Duration("linger", Defaults.Linger, "0s",
        "logmetrics: after the run ends, keep serving /metrics this long for a final scrape.");

    public GoFlag<string> StateDir { get; } = GoFlag.Text("state_dir", Defaults.StateDir,
        "logmetrics: directory for checkpoints of read offsets and metrics, so a restart neither loses nor recounts lines.");

    public GoFlag<TimeSpan> CheckpointInterval { get; } = GoFlag.Duration("checkpoint_interval", Defaults.CheckpointInterval, "10s",
        "logmetrics: how often a checkpoint is written to -state_dir (and always at shutdown).");

    public GoFlag<long> MaxSeries { get; } = GoFlag.Number("max_series", Defaults.MaxSeries,
        "logmetrics: most label sets in the whole store; beyond it new label sets go to one __overflow__ series per metric. 0: no cap.");

    public GoFlag<TimeSpan> ForgetLogsAfter { get; } = GoFlag.Duration("forget_logs_after", Defaults.ForgetLogsAfter, "5m0s",
        "logmetrics: how long after a log file is gone (no longer matched, and closed) its self-metric series and status-page row are dropped.");

    public GoFlag<string> OtlpEndpoint { get; } = GoFlag.Text("otlp_endpoint", Defaults.OtlpEndpoint,
        "logmetrics: OTLP endpoint to push metrics to every -metric_push_interval (OTEL_EXPORTER_OTLP_* variables apply).");
}
