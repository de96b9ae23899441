using LogMetrics.Tailing.Sources;

namespace LogMetrics.Tailing;

/// <summary>How <c>-logs</c> names standard input, for hosts that treat it specially (pipes, batch jobs).</summary>
public static class StandardInput
{
    /// <summary>The name of standard input's lines and of its <see cref="LogStatus"/>.</summary>
    public const string Name = "-";

    /// <summary>True for the <c>-logs</c> values that mean standard input: <c>-</c> and <c>/dev/stdin</c>.</summary>
    public static bool Is(string pattern) => LogPattern.Parse(pattern).Kind == LogPatternKind.Stdin;
}
