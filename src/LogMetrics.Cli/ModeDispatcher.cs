using System.CommandLine;
using LogMetrics.Go;
using Serilog;

namespace LogMetrics.Cli;

/// <summary>
/// The root command's action: turns the parse into options, answers -version, runs the startup checks and
/// hands over to one mode. Precedence follows mtail: -version, then -compile_only, then -one_shot, else daemon.
/// </summary>
internal sealed class ModeDispatcher(
    LogMetricsFlags flags, ILogMetricsModes modes, TextWriter stdout, TextWriter stderr, CliSettings settings, IReadOnlyList<string> args)
{
    public async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var options = flags.Bind(result);
        if (options.Version)
        {
            // Like mtail, -version wins over everything else, even positional arguments.
            await stdout.WriteLineAsync(BuildInfo.Current.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        settings.OptionsAccepted?.Invoke(options);
        Log.Information("{BuildInfo}", BuildInfo.Current.ToString());
        Log.Information("Commandline: {CommandLine}", GoQuote.List(["logmetrics", .. args]));

        var (checkedOptions, error) = StartupChecks.Check(options, result.GetValue(flags.ExtraArguments) ?? []);
        if (checkedOptions is null)
        {
            await stderr.WriteLineAsync(error).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        // A dump with no logs to follow is a request to see the stages, not to start a daemon.
        if (checkedOptions.CompileOnly || (checkedOptions.DumpsAnything && !checkedOptions.OneShot && checkedOptions.Logs.IsEmpty))
        {
            return modes.CompileOnly(checkedOptions);
        }

        if (checkedOptions.OneShot)
        {
            return modes.OneShot(checkedOptions, stdout);
        }

        return await modes.DaemonAsync(checkedOptions, cancellationToken).ConfigureAwait(false);
    }
}
