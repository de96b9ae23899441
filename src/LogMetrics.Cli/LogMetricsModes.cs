using LogMetrics.Language.Compilation;
using Serilog;

namespace LogMetrics.Cli;

/// <summary>
/// The modes the command line dispatches to. Compile-only is the front end's check; one-shot and
/// the daemon come with the runtime and the tailer (open issues) and until then say so and fail,
/// rather than pretend to work.
/// </summary>
public sealed class LogMetricsModes(TextWriter stderr) : ILogMetricsModes
{
    public int CompileOnly(LogMetricsOptions options) =>
        Runtime.Loading.CompileOnly.Run(options.Progs, CompilerOptionsFrom(options), stderr);

    public int OneShot(LogMetricsOptions options, TextWriter stdout) => NotBuilt("one_shot");

    public Task<int> DaemonAsync(LogMetricsOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(NotBuilt("daemon"));

    /// <summary>The front end's limits from mtail's flags.</summary>
    public static CompilerOptions CompilerOptionsFrom(LogMetricsOptions options) =>
        new((int)Math.Clamp(options.MaxRegexpLength, 0, int.MaxValue), (int)Math.Clamp(options.MaxRecursionDepth, 0, int.MaxValue));

    static int NotBuilt(string mode)
    {
        Log.Error("-{Mode} is not available in this build yet", mode);
        return 1;
    }
}
