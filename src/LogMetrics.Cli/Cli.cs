using System.CommandLine;
using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Cli;

/// <summary>
/// The whole logmetrics command line, runnable in-process: Go-flag scan, System.CommandLine binding,
/// startup checks, mode dispatch. Writes only to the writers it is given.
/// </summary>
public static class Cli
{
    /// <summary>Runs the command line synchronously without touching signal handlers; for tests and tools.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, ILogMetricsModes modes) =>
        RunAsync(args, stdout, stderr, modes, CliSettings.InProcess).GetAwaiter().GetResult();

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter stdout,
        TextWriter stderr,
        ILogMetricsModes modes,
        CliSettings settings,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(modes);
        ArgumentNullException.ThrowIfNull(settings);

        var flags = new LogMetricsFlags();
        var scan = GoFlagScanner.Scan(args, flags.ByName);
        if (!scan.Succeeded)
        {
            return await UsageAsync(stderr, flags, scan.Error, scan.HelpRequested ? ExitCodes.Success : ExitCodes.UsageError)
                .ConfigureAwait(false);
        }

        var root = flags.CreateRootCommand();
        root.SetAction(new ModeDispatcher(flags, modes, stdout, stderr, settings, args).RunAsync);
        var parsed = root.Parse(scan.ToCommandLineTokens(), LogMetricsFlags.ParserConfiguration);
        if (parsed.Errors.Count > 0)
        {
            // Unreachable while the scanner and the options agree; kept so a disagreement is a usage error, not a crash.
            return await UsageAsync(stderr, flags, parsed.Errors[0].Message, ExitCodes.UsageError).ConfigureAwait(false);
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = settings.ProcessTerminationTimeout,
        };
        return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    // Go's flag package prints the error, then the usage, all on stderr; -h prints only the usage.
    private static async Task<int> UsageAsync(TextWriter stderr, LogMetricsFlags flags, string? error, int exitCode)
    {
        if (error is not null)
        {
            await stderr.WriteLineAsync(error).ConfigureAwait(false);
        }

        GoUsage.Write(stderr, BuildInfo.Current.ToString(), flags.All);
        return exitCode;
    }
}
