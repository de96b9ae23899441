using LogMetrics.Cli.GoFlags;
using Serilog.Events;

namespace LogMetrics.Cli;

/// <summary>
/// Maps glog's flags onto the one Serilog stream logmetrics has (stderr). glog sends everything to stderr with
/// -logtostderr/-alsologtostderr, and otherwise only messages at or above -stderrthreshold (default ERROR);
/// its log files (-log_dir) are not written by logmetrics. -v above 0 adds debug, 2 and more adds verbose.
/// </summary>
public static class LogLevels
{
    public static LogEventLevel MinimumLevel(LogMetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var threshold = options.LogToStderr || options.AlsoLogToStderr ? GlogSeverity.Info : options.StderrThreshold;
        return threshold switch
        {
            <= GlogSeverity.Info => options.Verbosity switch
            {
                >= 2 => LogEventLevel.Verbose,
                1 => LogEventLevel.Debug,
                _ => LogEventLevel.Information,
            },
            GlogSeverity.Warning => LogEventLevel.Warning,
            GlogSeverity.Error => LogEventLevel.Error,
            _ => LogEventLevel.Fatal,
        };
    }
}
