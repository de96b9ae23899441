using System.Collections.Immutable;
using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Cli;

// The flags of mtail's cmd/mtail/main.go. Usage texts are ours; defaults come from LogMetricsOptions.
public sealed partial class LogMetricsFlags
{
    public GoFlag<string> Progs { get; } = GoFlag.Text("progs", Defaults.Progs,
        "Directory of mtail programs (*.mtail), or a single program file.");

    public GoFlag<ImmutableArray<string>> Logs { get; } = GoFlag.Value("logs", Defaults.Logs, null,
        "Log files, glob patterns or socket URLs to read; comma-separated, and the flag may be repeated.",
        text => GoParsed.Ok<ImmutableArray<string>>([.. GoValues.CommaList(text).Value]),
        (earlier, later) => earlier.AddRange(later));

    public GoFlag<string> IgnoreFilenameRegexPattern { get; } = GoFlag.Text("ignore_filename_regex_pattern",
        Defaults.IgnoreFilenameRegexPattern, "Skip matched log files whose base name matches this regular expression.");

    public GoFlag<string> Port { get; } = GoFlag.Text("port", Defaults.Port,
        "Port of the HTTP listener; 0 picks a free port.");

    public GoFlag<string> Address { get; } = GoFlag.Text("address", Defaults.Address,
        "Host name or IP address for the HTTP listener; empty means all interfaces.");

    public GoFlag<string> UnixSocket { get; } = GoFlag.Text("unix_socket", Defaults.UnixSocket,
        "Serve HTTP on this UNIX socket instead of -address and -port.");

    public GoFlag<bool> Version { get; } = GoFlag.Bool("version", Defaults.Version,
        "Print version information and exit.");

    public GoFlag<bool> OneShot { get; } = GoFlag.Bool("one_shot", Defaults.OneShot,
        "Compile the programs, read the logs from start to end, print the metrics in -one_shot_format and exit. For debugging.");

    public GoFlag<string> OneShotFormat { get; } = GoFlag.Text("one_shot_format", Defaults.OneShotFormat,
        "Output format of -one_shot: json or prometheus.");

    public GoFlag<bool> CompileOnly { get; } = GoFlag.Bool("compile_only", Defaults.CompileOnly,
        "Compile the programs, report any errors and exit.");

    public GoFlag<bool> DumpAst { get; } = GoFlag.Bool("dump_ast", Defaults.DumpAst,
        "Log each program's syntax tree after parsing (INFO level).");

    public GoFlag<bool> DumpAstTypes { get; } = GoFlag.Bool("dump_ast_types", Defaults.DumpAstTypes,
        "Log each program's syntax tree with inferred types after checking (INFO level).");

    public GoFlag<bool> DumpBytecode { get; } = GoFlag.Bool("dump_bytecode", Defaults.DumpBytecode,
        "Log each program's compiled bytecode (INFO level).");

    public GoFlag<long> MaxRegexpLength { get; } = GoFlag.Number("max_regexp_length", Defaults.MaxRegexpLength,
        "Longest regular expression a program may build, in bytes.");

    public GoFlag<long> MaxRecursionDepth { get; } = GoFlag.Number("max_recursion_depth", Defaults.MaxRecursionDepth,
        "Deepest syntax tree a program may have.");

    public GoFlag<long> MtailDebug { get; } = GoFlag.Number("mtailDebug", Defaults.MtailDebug,
        "Debug level of the program parser.");

    public GoFlag<bool> SyslogUseCurrentYear { get; } = GoFlag.Bool("syslog_use_current_year", Defaults.SyslogUseCurrentYear,
        "Give timestamps parsed without a year the current year.");

    public GoFlag<string> OverrideTimezone { get; } = GoFlag.Text("override_timezone", Defaults.OverrideTimezone,
        "Time zone (IANA name, or Local) for timestamps that carry none; UTC when empty.");

    public GoFlag<bool> EmitProgLabel { get; } = GoFlag.Bool("emit_prog_label", Defaults.EmitProgLabel,
        "Label exported metrics with the program that defines them (prog).");

    public GoFlag<bool> EnableOpenMetrics { get; } = GoFlag.Bool("enable_openmetrics", Defaults.EnableOpenMetrics,
        "logmetrics: serve OpenMetrics on /metrics to clients that ask for it (counters gain _total; off as in mtail).");

    public GoFlag<bool> EmitMetricTimestamp { get; } = GoFlag.Bool("emit_metric_timestamp", Defaults.EmitMetricTimestamp,
        "Export each metric's recorded timestamp; off by default so collectors use their scrape time.");

    public GoFlag<bool> VmLogsRuntimeErrors { get; } = GoFlag.Bool("vm_logs_runtime_errors", Defaults.VmLogsRuntimeErrors,
        "Log program runtime errors; when false they are only shown on the HTTP status page.");

    public GoFlag<TimeSpan> PollInterval { get; } = GoFlag.Duration("poll_interval", Defaults.PollInterval, "250ms",
        "How often known logs are read for new data; 0 means the default.");

    public GoFlag<TimeSpan> PollLogInterval { get; } = GoFlag.Duration("poll_log_interval", Defaults.PollLogInterval, "250ms",
        "How often -logs patterns are matched again to find new logs; 0 means the default.");

    public GoFlag<TimeSpan> ExpiredMetricsGcInterval { get; } = GoFlag.Duration("expired_metrics_gc_interval",
        Defaults.ExpiredMetricsGcInterval, "1h0m0s", "Interval between removals of expired metric values.");

    public GoFlag<TimeSpan> StaleLogGcInterval { get; } = GoFlag.Duration("stale_log_gc_interval",
        Defaults.StaleLogGcInterval, "1h0m0s", "DEPRECATED: accepted and ignored.");

    public GoFlag<bool> HttpDebuggingEndpoint { get; } = GoFlag.Bool("http_debugging_endpoint", Defaults.HttpDebuggingEndpoint,
        "Serve the debugging endpoints (/debug/...).");

    public GoFlag<bool> HttpInfoEndpoint { get; } = GoFlag.Bool("http_info_endpoint", Defaults.HttpInfoEndpoint,
        "Serve the information endpoints (/progz, /varz).");

    public GoFlag<long> BlockProfileRate { get; } = GoFlag.Number("block_profile_rate", Defaults.BlockProfileRate,
        "Go runtime block profiling rate; accepted for compatibility.");

    public GoFlag<long> MutexProfileFraction { get; } = GoFlag.Number("mutex_profile_fraction", Defaults.MutexProfileFraction,
        "Go runtime mutex profiling fraction; accepted for compatibility.");

    public GoFlag<string> JaegerEndpoint { get; } = GoFlag.Text("jaeger_endpoint", Defaults.JaegerEndpoint,
        "Jaeger collector URL to send traces to.");

    public GoFlag<long> TraceSamplePeriod { get; } = GoFlag.Number("trace_sample_period", Defaults.TraceSamplePeriod,
        "Sample one in this many traces; 0 samples none.");

    public GoFlag<bool> DisableFsnotify { get; } = GoFlag.Bool("disable_fsnotify", Defaults.DisableFsnotify,
        "DEPRECATED: accepted and ignored.");
}
