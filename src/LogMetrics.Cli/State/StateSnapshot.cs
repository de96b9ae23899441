using LogMetrics.Metrics.Snapshots;
using LogMetrics.Tailing;

namespace LogMetrics.Cli.State;

/// <summary>
/// One checkpoint: where the programs had got in every log file and the whole metric store, taken
/// at the same point of the line stream (between two lines, on the line thread).
/// </summary>
/// <param name="Version">The format version (<see cref="CurrentVersion"/>).</param>
/// <param name="TakenAt">When it was taken.</param>
/// <param name="Patterns">The file patterns of <c>-logs</c>, absolute.</param>
/// <param name="Logs">Every file being read, with its identity and offset.</param>
/// <param name="Metrics">Every metric of every program.</param>
public sealed record StateSnapshot(
    int Version,
    DateTimeOffset TakenAt,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<LogCheckpoint> Logs,
    IReadOnlyList<MetricSnapshot> Metrics)
{
    public const int CurrentVersion = 1;
}
