using LogMetrics.Cli.State;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Loading;
using LogMetrics.Server;
using LogMetrics.Tailing;

namespace LogMetrics.Cli.Daemon;

/// <summary>What the status endpoints show: the programs' and the logs' state, read on each request.</summary>
public sealed class DaemonState(MetricStore store, ProgramSet programs, Tailer tailer, SelfMetrics self) : IDaemonState
{
    public MetricStore Store => store;

    bool _ready;

    /// <summary>Ready once serving, and (with <c>-state_dir</c>) while checkpoints can be written.</summary>
    public bool Ready
    {
        get => _ready && (Checkpointer?.LastWriteSucceeded ?? true);
        set => _ready = value;
    }

    public IReadOnlyList<ProgramStatus> Programs =>
        [.. programs.States.Select(s => new ProgramStatus(s.Name)
        {
            Loaded = s.Program is not null,
            CompileErrors = s.Errors,
            Loads = s.Loads,
            LoadErrors = s.LoadErrors,
            // The name's total over every loaded version, as on /metrics.
            RuntimeErrors = s.Program is null ? 0 : (long)self.RuntimeErrors.WithLabels(s.Name).Value,
            LastRuntimeError = s.Program?.LastRuntimeError,
            Description = s.Program?.Description ?? "",
        })];

    public IReadOnlyList<LogStatus> Logs => tailer.Logs;

    /// <summary>Set with <c>-state_dir</c>.</summary>
    public Checkpointer? Checkpointer { get; init; }

    public CheckpointStatus? Checkpoints => Checkpointer?.Status;
}
