using System.CommandLine;
using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Cli;

/// <summary>
/// The complete mtail flag set (mtail v3.0.9 + glog + <c>-experimental_enable_opentelemetry</c> from 3.4) as
/// <see cref="GoFlag"/>s, and the System.CommandLine root command built from them. One instance per parse:
/// System.CommandLine symbols remember their parents, so they are not shared between commands.
/// </summary>
public sealed partial class LogMetricsFlags
{
    private static readonly LogMetricsOptions Defaults = LogMetricsOptions.Defaults;

    public LogMetricsFlags()
    {
        All =
        [
            Progs, Logs, IgnoreFilenameRegexPattern, Port, Address, UnixSocket,
            Version, OneShot, OneShotFormat, CompileOnly, DumpAst, DumpAstTypes, DumpBytecode,
            MaxRegexpLength, MaxRecursionDepth, MtailDebug,
            SyslogUseCurrentYear, OverrideTimezone, EmitProgLabel, EmitMetricTimestamp, EnableOpenMetrics, VmLogsRuntimeErrors,
            PollInterval, PollLogInterval, ExpiredMetricsGcInterval, StaleLogGcInterval,
            HttpDebuggingEndpoint, HttpInfoEndpoint, BlockProfileRate, MutexProfileFraction,
            JaegerEndpoint, TraceSamplePeriod,
            MetricPushInterval, MetricPushWriteDeadline, GraphiteHostPort, GraphitePrefix,
            StatsdHostPort, StatsdPrefix, CollectdSocketPath, CollectdPrefix, ExperimentalEnableOpentelemetry,
            DisableFsnotify, MetricPushIntervalSeconds,
            Passthrough, ExitOnEof, IdleExit, PushGateway, PushJob, PushLabel, Linger,
            StateDir, CheckpointInterval, MaxSeries, ForgetLogsAfter, OtlpEndpoint,
            LogToStderr, AlsoLogToStderr, StderrThreshold, LogDir, Verbosity, Vmodule, LogBacktraceAt,
        ];
        ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Every flag, in the order of the options record.</summary>
    public IReadOnlyList<GoFlag> All { get; }

    /// <summary>Flags by their Go name (case-sensitive, as in Go).</summary>
    public IReadOnlyDictionary<string, GoFlag> ByName { get; }

    /// <summary>The arguments left after flag parsing stopped; mtail rejects any.</summary>
    public Argument<string[]> ExtraArguments { get; } = new("args")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Not accepted: logs are given with -logs.",
    };

    /// <summary>
    /// A root command holding only our options: System.CommandLine's own --help, --version and
    /// [suggest] directive are removed because Go gives those spellings other meanings.
    /// </summary>
    public RootCommand CreateRootCommand()
    {
        var root = new RootCommand("logmetrics: extract metrics from application logs with mtail programs.");
        root.Options.Clear();
        root.Directives.Clear();
        foreach (var flag in All)
        {
            root.Options.Add(flag.Symbol);
        }

        root.Arguments.Add(ExtraArguments);
        return root;
    }

    /// <summary>
    /// Parser settings that keep System.CommandLine from reinterpreting tokens: no response files (<c>@file</c>
    /// is an ordinary argument in Go) and no POSIX bundling (<c>-v3</c> is not <c>-v 3</c> in Go).
    /// </summary>
    public static ParserConfiguration ParserConfiguration { get; } = new()
    {
        EnablePosixBundling = false,
        ResponseFileTokenReplacer = null,
    };
}
