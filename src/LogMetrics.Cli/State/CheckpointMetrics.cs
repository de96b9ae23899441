using Prometheus;

namespace LogMetrics.Cli.State;

/// <summary>The checkpoints' self-metrics, registered in the daemon's own registry.</summary>
public sealed class CheckpointMetrics
{
    public CheckpointMetrics(CollectorRegistry registry)
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        Written = factory.CreateCounter("logmetrics_checkpoints_total", "Checkpoints written to -state_dir.");
        WriteErrors = factory.CreateCounter("logmetrics_checkpoint_write_errors_total", "Checkpoints that could not be written.");
        RestoreErrors = factory.CreateCounter("logmetrics_checkpoint_restore_errors_total",
            "Checkpoints found corrupt or unreadable at start-up, and ignored.");
        LastWritten = factory.CreateGauge("logmetrics_checkpoint_last_success_timestamp_seconds",
            "When the last checkpoint was written (Unix time).");
        Duration = factory.CreateGauge("logmetrics_checkpoint_duration_seconds",
            "How long the last checkpoint took: the capture between two lines, then the write.");
    }

    public Counter Written { get; }

    public Counter WriteErrors { get; }

    public Counter RestoreErrors { get; }

    public Gauge LastWritten { get; }

    public Gauge Duration { get; }
}
