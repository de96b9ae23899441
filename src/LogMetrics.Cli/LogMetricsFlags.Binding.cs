using System.CommandLine;

namespace LogMetrics.Cli;

// Reading a parsed command line back into the options record.
public sealed partial class LogMetricsFlags
{
    /// <summary>
    /// Builds the options from a System.CommandLine parse of this flag set. Applies mtail's substitutions of a
    /// given 0 (poll intervals → 250ms, recursion depth → 100); <see cref="LogMetricsOptions.Timezone"/> is left
    /// at UTC for the caller to resolve, since a bad zone is an exit-1 error that comes after other checks.
    /// </summary>
    public LogMetricsOptions Bind(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        T Get<T>(GoFlags.GoFlag<T> flag) => result.GetValue(flag.Option)!;

        return new LogMetricsOptions
        {
            Progs = Get(Progs),
            Logs = Get(Logs),
            IgnoreFilenameRegexPattern = Get(IgnoreFilenameRegexPattern),
            Port = Get(Port),
            Address = Get(Address),
            UnixSocket = Get(UnixSocket),
            Version = Get(Version),
            OneShot = Get(OneShot),
            OneShotFormat = Get(OneShotFormat),
            CompileOnly = Get(CompileOnly),
            DumpAst = Get(DumpAst),
            DumpAstTypes = Get(DumpAstTypes),
            DumpBytecode = Get(DumpBytecode),
            MaxRegexpLength = Get(MaxRegexpLength),
            MaxRecursionDepth = OrDefault(Get(MaxRecursionDepth), Defaults.MaxRecursionDepth),
            MtailDebug = Get(MtailDebug),
            SyslogUseCurrentYear = Get(SyslogUseCurrentYear),
            OverrideTimezone = Get(OverrideTimezone),
            EmitProgLabel = Get(EmitProgLabel),
            EmitMetricTimestamp = Get(EmitMetricTimestamp),
            EnableOpenMetrics = Get(EnableOpenMetrics),
            VmLogsRuntimeErrors = Get(VmLogsRuntimeErrors),
            PollInterval = OrDefault(Get(PollInterval), Defaults.PollInterval),
            PollLogInterval = OrDefault(Get(PollLogInterval), Defaults.PollLogInterval),
            ExpiredMetricsGcInterval = Get(ExpiredMetricsGcInterval),
            StaleLogGcInterval = Get(StaleLogGcInterval),
            HttpDebuggingEndpoint = Get(HttpDebuggingEndpoint),
            HttpInfoEndpoint = Get(HttpInfoEndpoint),
            BlockProfileRate = Get(BlockProfileRate),
            MutexProfileFraction = Get(MutexProfileFraction),
            JaegerEndpoint = Get(JaegerEndpoint),
            TraceSamplePeriod = Get(TraceSamplePeriod),
            MetricPushInterval = Get(MetricPushInterval),
            MetricPushWriteDeadline = Get(MetricPushWriteDeadline),
            GraphiteHostPort = Get(GraphiteHostPort),
            GraphitePrefix = Get(GraphitePrefix),
            StatsdHostPort = Get(StatsdHostPort),
            StatsdPrefix = Get(StatsdPrefix),
            CollectdSocketPath = Get(CollectdSocketPath),
            CollectdPrefix = Get(CollectdPrefix),
            ExperimentalEnableOpentelemetry = Get(ExperimentalEnableOpentelemetry),
            DisableFsnotify = Get(DisableFsnotify),
            MetricPushIntervalSeconds = Get(MetricPushIntervalSeconds),
            Passthrough = Get(Passthrough),
            ExitOnEof = Get(ExitOnEof),
            IdleExit = Get(IdleExit),
            PushGateway = Get(PushGateway),
            PushJob = Get(PushJob),
            PushLabel = Get(PushLabel),
            Linger = Get(Linger),
            StateDir = Get(StateDir),
            CheckpointInterval = Get(CheckpointInterval),
            MaxSeries = Get(MaxSeries),
            ForgetLogsAfter = Get(ForgetLogsAfter),
            OtlpEndpoint = Get(OtlpEndpoint),
            LogToStderr = Get(LogToStderr),
            AlsoLogToStderr = Get(AlsoLogToStderr),
            StderrThreshold = Get(StderrThreshold),
            LogDir = Get(LogDir),
            Verbosity = Get(Verbosity),
            Vmodule = Get(Vmodule),
            LogBacktraceAt = Get(LogBacktraceAt),
        };
    }

    // mtail replaces a zero with the default rather than disabling the feature.
    private static T OrDefault<T>(T value, T fallback) where T : IEquatable<T> =>
        value.Equals(default!) ? fallback : value;
}
