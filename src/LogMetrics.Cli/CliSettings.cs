namespace LogMetrics.Cli;

/// <summary>How <see cref="Cli"/> is hosted: the real process hooks signals and logging, tests need neither.</summary>
public sealed record CliSettings
{
    /// <summary>No signal handling, no logging hook: for running the CLI inside tests.</summary>
    public static CliSettings InProcess { get; } = new();

    /// <summary>
    /// When set, SIGINT/SIGTERM cancel the daemon's token (System.CommandLine's termination handling) and the
    /// daemon gets this long to stop before the process exits anyway. Null leaves signals alone.
    /// </summary>
    public TimeSpan? ProcessTerminationTimeout { get; init; }

    /// <summary>Called with the accepted options before any mode runs, e.g. to set the log level from -v.</summary>
    public Action<LogMetricsOptions>? OptionsAccepted { get; init; }
}
