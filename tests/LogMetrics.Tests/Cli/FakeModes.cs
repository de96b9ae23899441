using LogMetrics.Cli;

namespace LogMetrics.Tests.Cli;

/// <summary>Records which mode the CLI chose and with which options.</summary>
internal sealed class FakeModes : ILogMetricsModes
{
    public string? Mode { get; private set; }

    public LogMetricsOptions? Options { get; private set; }

    public int ExitCode { get; init; }

    /// <summary>When set, the daemon runs until its token is cancelled, like the real one.</summary>
    public bool DaemonRunsUntilCancelled { get; init; }

    public int CompileOnly(LogMetricsOptions options) => Record("compile_only", options);

    public int OneShot(LogMetricsOptions options, TextWriter stdout)
    {
        stdout.Write("one-shot output");
        return Record("one_shot", options);
    }

    public async Task<int> DaemonAsync(LogMetricsOptions options, CancellationToken cancellationToken)
    {
        var exitCode = Record("daemon", options);
        if (DaemonRunsUntilCancelled)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return exitCode;
    }

    private int Record(string mode, LogMetricsOptions options)
    {
        Mode.Should().BeNull("the CLI runs exactly one mode");
        Mode = mode;
        Options = options;
        return ExitCode;
    }
}
