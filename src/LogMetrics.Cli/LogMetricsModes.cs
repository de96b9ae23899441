using LogMetrics.Cli.OneShot;
using LogMetrics.Language.Compilation;
using LogMetrics.Runtime.Loading;

namespace LogMetrics.Cli;

/// <summary>
/// The modes the command line dispatches to: compile-only, one-shot and the daemon.
/// </summary>
public sealed class LogMetricsModes(TextWriter stderr) : ILogMetricsModes
{
    public int CompileOnly(LogMetricsOptions options) =>
        Runtime.Loading.CompileOnly.Run(options.Progs, CompilerOptionsFrom(options), stderr, DumpsFrom(options), stderr);

    /// <summary>The stages the -dump_* flags ask for.</summary>
    public static DumpStages DumpsFrom(LogMetricsOptions options) =>
        (options.DumpAst ? DumpStages.Ast : DumpStages.None)
        | (options.DumpAstTypes ? DumpStages.Types : DumpStages.None)
        | (options.DumpBytecode ? DumpStages.Executable : DumpStages.None);

    public int OneShot(LogMetricsOptions options, TextWriter stdout) => new OneShotMode(options, stdout, stderr).Run();

    public Task<int> DaemonAsync(LogMetricsOptions options, CancellationToken cancellationToken) =>
        new Daemon.DaemonMode(options, stderr).RunAsync(cancellationToken);

    /// <summary>The front end's limits from mtail's flags.</summary>
    public static CompilerOptions CompilerOptionsFrom(LogMetricsOptions options) =>
        new((int)Math.Clamp(options.MaxRegexpLength, 0, int.MaxValue), (int)Math.Clamp(options.MaxRecursionDepth, 0, int.MaxValue));
}
