using LogMetrics.Go;

namespace LogMetrics.Cli;

/// <summary>
/// The checks mtail's main makes after flag parsing, in mtail's order: no positional arguments, a valid
/// time zone, -progs given, -logs given unless only compiling or dumping; then logmetrics' own flags for
/// pipes and batch jobs. Each failure is exit 1.
/// </summary>
public static class StartupChecks
{
    public const string MissingProgs =
        "logmetrics requires programs that instruct it how to extract metrics from logs; "
        + "please use the flag -progs to specify the directory containing the programs.";

    public const string MissingLogs =
        "logmetrics requires the names of logs to follow in order to extract logs from them; "
        + "please use the flag -logs one or more times to specify glob patterns describing these logs.";

    /// <summary>Returns the options with <see cref="LogMetricsOptions.Timezone"/> resolved, or the message to print.</summary>
    public static (LogMetricsOptions? Options, string? Error) Check(LogMetricsOptions options, IReadOnlyList<string> extraArguments)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(extraArguments);
        if (extraArguments.Count > 0)
        {
            return (null, $"Too many extra arguments specified: {GoQuote.List(extraArguments)}\n"
                + "(the logs flag can be repeated, or the filenames separated by commas.)");
        }

        if (!LogMetrics.Go.GoLocation.TryLoad(options.OverrideTimezone, out var zone, out var zoneError))
        {
            // mtail prints this one without a newline; we end the line.
            return (null, $"Couldn't parse timezone {GoQuote.String(options.OverrideTimezone)}: {zoneError}");
        }

        if (options.Progs.Length == 0)
        {
            return (null, MissingProgs);
        }

        if (options.RequiresLogs && options.Logs.IsEmpty)
        {
            return (null, MissingLogs);
        }

        if (Batch.BatchJobChecks.Check(options) is { } batchError)
        {
            return (null, batchError);
        }

        return (options with { Timezone = zone }, null);
    }
}
