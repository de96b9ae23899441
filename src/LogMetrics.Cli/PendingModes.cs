using Serilog;

namespace LogMetrics.Cli;

/// <summary>Placeholder modes until the compiler, one-shot and daemon stages are wired in: each reports and fails.</summary>
public sealed class PendingModes : ILogMetricsModes
{
    public int CompileOnly(LogMetricsOptions options) => NotBuilt("compile_only");

    public int OneShot(LogMetricsOptions options, TextWriter stdout) => NotBuilt("one_shot");

    public Task<int> DaemonAsync(LogMetricsOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(NotBuilt("daemon"));

    private static int NotBuilt(string mode)
    {
        Log.Error("not built yet: {Mode}", mode);
        return 1;
    }
}
