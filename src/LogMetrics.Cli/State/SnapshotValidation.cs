using LogMetrics.Metrics;
using LogMetrics.Metrics.Snapshots;
using LogMetrics.Tailing;

namespace LogMetrics.Cli.State;

/// <summary>
/// Checks a checkpoint field by field before anything uses it. A file whose checksum is right can
/// still hold what no run wrote (edited by hand, written by another build): such a checkpoint is
/// refused with the first problem found, never a crash at start.
/// </summary>
public static class SnapshotValidation
{
    /// <summary>The first problem in <paramref name="snapshot"/>, as a path and what is wrong; null when there is none.</summary>
    public static string? Problem(StateSnapshot snapshot)
    {
        if (snapshot.Patterns is null || snapshot.Logs is null || snapshot.Metrics is null)
        {
            return "the checkpoint is empty";
        }
        for (var i = 0; i < snapshot.Patterns.Count; i++)
        {
            if (string.IsNullOrEmpty(snapshot.Patterns[i]))
            {
                return $"Patterns[{i}] is empty";
            }
        }
        for (var i = 0; i < snapshot.Logs.Count; i++)
        {
            if (LogProblem(snapshot.Logs[i]) is { } problem)
            {
                return $"Logs[{i}]{problem}";
            }
        }
        for (var i = 0; i < snapshot.Metrics.Count; i++)
        {
            if (MetricProblem(snapshot.Metrics[i]) is { } problem)
            {
                return $"Metrics[{i}]{problem}";
            }
        }
        return null;
    }

    static string? LogProblem(LogCheckpoint? log) => log switch
    {
        null => " is null",
        { Path: null or "" } => ".Path is empty",
        { Target: null } => ".Target is null",
        { Offset: < 0 } => $".Offset is {log.Offset}",
        { FingerprintLength: < 0 } => $".FingerprintLength is {log.FingerprintLength}",
        { Fingerprint: null } => ".Fingerprint is null",
        _ => null,
    };

    static string? MetricProblem(MetricSnapshot? metric)
    {
        if (metric is null)
        {
            return " is null";
        }
        if (string.IsNullOrEmpty(metric.Name) || string.IsNullOrEmpty(metric.Program))
        {
            return ".Name or .Program is empty";
        }
        if (metric.Keys.IsDefault || metric.Keys.Any(k => k is null) || metric.Data is null)
        {
            return ".Keys or .Data is missing";
        }
        if (metric.ValueType == MetricValueType.Buckets && (metric.Buckets.IsDefault || metric.Buckets.IsEmpty))
        {
            return ".Buckets is missing";
        }
        for (var i = 0; i < metric.Data.Count; i++)
        {
            var datum = metric.Data[i];
            if (datum is null)
            {
                return $".Data[{i}] is null";
            }
            if (datum.Labels.IsDefault || datum.Labels.Length != metric.Keys.Length || datum.Labels.Any(l => l is null))
            {
                return $".Data[{i}].Labels does not match the {metric.Keys.Length} keys";
            }
            if (metric.ValueType == MetricValueType.Buckets
                && (datum.RangeCounts is not { IsDefault: false } counts || counts.Length != metric.Buckets.Length + 1 || counts.Any(c => c < 0) || datum.Count is < 0))
            {
                return $".Data[{i}] does not hold the histogram's {metric.Buckets.Length + 1} ranges";
            }
        }
        return null;
    }
}
