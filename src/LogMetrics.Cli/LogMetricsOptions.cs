using System.Collections.Immutable;
using LogMetrics.Cli.GoFlags;
using LogMetrics.Go;

namespace LogMetrics.Cli;

/// <summary>
/// Everything mtail's command line can say, typed. The initial values are mtail's defaults and are the single
/// source of the defaults the flags declare. Property names follow the flag names (see docs/cli.md).
/// </summary>
public sealed record LogMetricsOptions
{
    /// <summary>The defaults, i.e. what an empty command line means.</summary>
    public static LogMetricsOptions Defaults { get; } = new();

    // Inputs and HTTP listener.
    public string Progs { get; init; } = "";
    public ImmutableArray<string> Logs { get; init; } = [];
    public string IgnoreFilenameRegexPattern { get; init; } = "";
    public string Port { get; init; } = "3903";
    public string Address { get; init; } = "";
    public string UnixSocket { get; init; } = "";

    // Modes and compiler.
    public bool Version { get; init; }
    public bool OneShot { get; init; }
    public string OneShotFormat { get; init; } = "json";
    public bool CompileOnly { get; init; }
    public bool DumpAst { get; init; }
    public bool DumpAstTypes { get; init; }
    public bool DumpBytecode { get; init; }
    public long MaxRegexpLength { get; init; } = 1024;

    /// <summary>Maximum AST depth; a given 0 means this default.</summary>
    public long MaxRecursionDepth { get; init; } = 100;
    public long MtailDebug { get; init; }

    // Runtime.
    public bool SyslogUseCurrentYear { get; init; } = true;

    /// <summary>The <c>-override_timezone</c> text as given.</summary>
    public string OverrideTimezone { get; init; } = "";

    /// <summary>The zone <see cref="OverrideTimezone"/> names (UTC when empty); resolved by the CLI before any mode runs.</summary>
    public GoLocation Timezone { get; init; } = GoLocation.Utc;
    public bool EmitProgLabel { get; init; } = true;
    public bool EmitMetricTimestamp { get; init; }
    public bool EnableOpenMetrics { get; init; }
    public bool VmLogsRuntimeErrors { get; init; } = true;

    // Polling and housekeeping. A given 0 for the two poll intervals means 250ms, as in mtail.
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan PollLogInterval { get; init; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan ExpiredMetricsGcInterval { get; init; } = TimeSpan.FromHours(1);
    public TimeSpan StaleLogGcInterval { get; init; } = TimeSpan.FromHours(1);

    // HTTP endpoints, profiling and tracing.
    public bool HttpDebuggingEndpoint { get; init; } = true;
    public bool HttpInfoEndpoint { get; init; } = true;
    public long BlockProfileRate { get; init; }
    public long MutexProfileFraction { get; init; }
    public string JaegerEndpoint { get; init; } = "";
    public long TraceSamplePeriod { get; init; }

    // Push exporters.
    public TimeSpan MetricPushInterval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan MetricPushWriteDeadline { get; init; } = TimeSpan.FromSeconds(10);
    public string GraphiteHostPort { get; init; } = "";
    public string GraphitePrefix { get; init; } = "";
    public string StatsdHostPort { get; init; } = "";
    public string StatsdPrefix { get; init; } = "";
    public string CollectdSocketPath { get; init; } = "";
    public string CollectdPrefix { get; init; } = "";
    public bool ExperimentalEnableOpentelemetry { get; init; }

    // Deprecated in mtail; accepted and ignored.
    public bool DisableFsnotify { get; init; } = true;
    public long MetricPushIntervalSeconds { get; init; }

    // logmetrics only: pipes and batch jobs (docs/deploying.md).
    public bool Passthrough { get; init; }
    public bool ExitOnEof { get; init; }
    public TimeSpan IdleExit { get; init; } = TimeSpan.FromSeconds(30);
    public string PushGateway { get; init; } = "";
    public string PushJob { get; init; } = "logmetrics";

    /// <summary><c>-push_label</c> pairs as given, each <c>name=value</c>.</summary>
    public ImmutableArray<string> PushLabel { get; init; } = [];
    public TimeSpan Linger { get; init; }

    // logmetrics only: restart-exact state and cardinality (docs/reliability.md).
    public string StateDir { get; init; } = "";
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(10);
    public long MaxSeries { get; init; }

    /// <summary>How long after a log file is gone its self-metric series and status row are dropped.</summary>
    public TimeSpan ForgetLogsAfter { get; init; } = TimeSpan.FromMinutes(5);

    // logmetrics only: OTLP push.
    public string OtlpEndpoint { get; init; } = "";

    // glog's logging flags.
    public bool LogToStderr { get; init; }
    public bool AlsoLogToStderr { get; init; }
    public GlogSeverity StderrThreshold { get; init; } = GlogSeverity.Error;
    public string LogDir { get; init; } = "";

    /// <summary><c>-v</c>: glog's verbosity level.</summary>
    public int Verbosity { get; init; }
    public string Vmodule { get; init; } = "";
    public string LogBacktraceAt { get; init; } = "";

    /// <summary>True when any <c>-dump_*</c> flag is set.</summary>
    public bool DumpsAnything => DumpAst || DumpAstTypes || DumpBytecode;

    /// <summary>mtail needs <c>-logs</c> unless it only compiles or dumps programs.</summary>
    public bool RequiresLogs => !(CompileOnly || DumpsAnything);
}
