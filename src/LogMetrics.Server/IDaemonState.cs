using LogMetrics.Tailing;
using LogMetrics.Metrics;

namespace LogMetrics.Server;

/// <summary>What the HTTP endpoints show, supplied by the daemon. Every member is read on a request thread
/// while the daemon runs, so implementations return snapshots (or thread-safe live objects).</summary>
public interface IDaemonState
{
    /// <summary>The metric store every exposition endpoint reads (concurrently with the writers).</summary>
    MetricStore Store { get; }

    /// <summary>Every program the loader knows, loaded or failed, for <c>/</c> and <c>/progz</c>.</summary>
    IReadOnlyList<ProgramStatus> Programs { get; }

    /// <summary>Every log being tailed, for <c>/</c>.</summary>
    IReadOnlyList<LogStatus> Logs { get; }

    /// <summary>True once the programs are loaded and the tailer has started (<c>/readyz</c>).</summary>
    bool Ready { get; }

    /// <summary>The checkpoints, when <c>-state_dir</c> is set; shown on <c>/</c>.</summary>
    CheckpointStatus? Checkpoints => null;
}
