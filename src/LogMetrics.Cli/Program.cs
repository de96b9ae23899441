using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LogMetrics.Cli;

/// <summary>Entry point of the logmetrics command.</summary>
public static class Program
{
    // mtail waits up to 5s for its HTTP server to drain on SIGTERM; leave the daemon a little more.
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);

    /// <summary>Runs logmetrics with mtail's command line.</summary>
    public static async Task<int> Main(string[] args)
    {
        // glog's default: only ERROR and above reach stderr until the flags say otherwise.
        var levelSwitch = new LoggingLevelSwitch(LogEventLevel.Error);
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.ControlledBy(levelSwitch)
            .WriteTo.Console(
                outputTemplate: "{Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();
        TaskScheduler.UnobservedTaskException += (_, e) => Log.Error(e.Exception, "Unobserved task exception");

        try
        {
            var settings = new CliSettings
            {
                ProcessTerminationTimeout = ShutdownGrace,
                OptionsAccepted = options => levelSwitch.MinimumLevel = LogLevels.MinimumLevel(options),
            };
            return await Cli.RunAsync(args, Console.Out, Console.Error, new LogMetricsModes(Console.Error), settings).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last line of defence: any escape becomes a logged, failed exit.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.Fatal(ex, "logmetrics failed: {Message}", ex.Message);
            return ExitCodes.Failure;
        }
        finally
        {
            await Log.CloseAndFlushAsync().ConfigureAwait(false);
        }
    }
}
