using LogMetrics.Cli;
using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Tests.Cli;

/// <summary>Every flag, in every Go spelling, lands in its option; an empty command line means mtail's defaults.</summary>
public sealed class FlagTableTests
{
    // Non-boolean flags: a sample value and what the options must then hold (rendered as text).
    private static readonly Dictionary<string, (string Text, Func<LogMetricsOptions, string> Read, string Expected)> ValueSamples = new()
    {
        ["progs"] = ("/etc/mtail", o => o.Progs, "/etc/mtail"),
        ["logs"] = ("a.log,b.log", o => string.Join('|', o.Logs), "l|a.log|b.log"),
        ["ignore_filename_regex_pattern"] = ("\\.gz$", o => o.IgnoreFilenameRegexPattern, "\\.gz$"),
        ["port"] = ("0", o => o.Port, "0"),
        ["address"] = ("127.0.0.1", o => o.Address, "127.0.0.1"),
        ["unix_socket"] = ("/run/m.sock", o => o.UnixSocket, "/run/m.sock"),
        ["one_shot_format"] = ("prometheus", o => o.OneShotFormat, "prometheus"),
        ["max_regexp_length"] = ("2048", o => Text(o.MaxRegexpLength), "2048"),
        ["max_recursion_depth"] = ("7", o => Text(o.MaxRecursionDepth), "7"),
        ["mtailDebug"] = ("3", o => Text(o.MtailDebug), "3"),
        ["override_timezone"] = ("Europe/Berlin", o => o.OverrideTimezone + " " + o.Timezone.Name, "Europe/Berlin Europe/Berlin"),
        ["poll_interval"] = ("1m30s", o => Text(o.PollInterval), "00:01:30"),
        ["poll_log_interval"] = ("1.5h", o => Text(o.PollLogInterval), "01:30:00"),
        ["expired_metrics_gc_interval"] = ("2h", o => Text(o.ExpiredMetricsGcInterval), "02:00:00"),
        ["stale_log_gc_interval"] = ("30m", o => Text(o.StaleLogGcInterval), "00:30:00"),
        ["block_profile_rate"] = ("5", o => Text(o.BlockProfileRate), "5"),
        ["mutex_profile_fraction"] = ("6", o => Text(o.MutexProfileFraction), "6"),
        ["jaeger_endpoint"] = ("http://j:14268/api/traces", o => o.JaegerEndpoint, "http://j:14268/api/traces"),
        ["trace_sample_period"] = ("10", o => Text(o.TraceSamplePeriod), "10"),
        ["metric_push_interval"] = ("15s", o => Text(o.MetricPushInterval), "00:00:15"),
        ["metric_push_write_deadline"] = ("500ms", o => Text(o.MetricPushWriteDeadline), "00:00:00.5000000"),
        ["graphite_host_port"] = ("g:2003", o => o.GraphiteHostPort, "g:2003"),
        ["graphite_prefix"] = ("pre.", o => o.GraphitePrefix, "pre."),
        ["statsd_hostport"] = ("s:8125", o => o.StatsdHostPort, "s:8125"),
        ["statsd_prefix"] = ("sp", o => o.StatsdPrefix, "sp"),
        ["collectd_socketpath"] = ("/run/c.sock", o => o.CollectdSocketPath, "/run/c.sock"),
        ["collectd_prefix"] = ("cp", o => o.CollectdPrefix, "cp"),
        ["metric_push_interval_seconds"] = ("30", o => Text(o.MetricPushIntervalSeconds), "30"),
        ["idle_exit"] = ("2m", o => Text(o.IdleExit), "00:02:00"),
        ["push_gateway"] = ("http://pgw:9091", o => o.PushGateway, "http://pgw:9091"),
        ["push_job"] = ("gpu", o => o.PushJob, "gpu"),
        ["push_label"] = ("node=a,pod=b", o => string.Join('|', o.PushLabel), "node=a|pod=b"),
        ["linger"] = ("45s", o => Text(o.Linger), "00:00:45"),
        ["state_dir"] = ("/var/lib/lm", o => o.StateDir, "/var/lib/lm"),
        ["checkpoint_interval"] = ("5s", o => Text(o.CheckpointInterval), "00:00:05"),
        ["max_series"] = ("100000", o => Text(o.MaxSeries), "100000"),
        ["forget_logs_after"] = ("90s", o => Text(o.ForgetLogsAfter), "00:01:30"),
        ["otlp_endpoint"] = ("http://otel:4318", o => o.OtlpEndpoint, "http://otel:4318"),
        ["stderrthreshold"] = ("WARNING", o => o.StderrThreshold.ToString(), "Warning"),
        ["log_dir"] = ("/var/log/lm", o => o.LogDir, "/var/log/lm"),
        ["v"] = ("2", o => Text(o.Verbosity), "2"),
        ["vmodule"] = ("tail=2,vm=1", o => o.Vmodule, "tail=2,vm=1"),
        ["log_backtrace_at"] = ("vm.go:42", o => o.LogBacktraceAt, "vm.go:42"),
    };

    private static readonly Dictionary<string, Func<LogMetricsOptions, bool>> BoolFlags = new()
    {
        ["one_shot"] = o => o.OneShot,
        ["compile_only"] = o => o.CompileOnly,
        ["dump_ast"] = o => o.DumpAst,
        ["dump_ast_types"] = o => o.DumpAstTypes,
        ["dump_bytecode"] = o => o.DumpBytecode,
        ["syslog_use_current_year"] = o => o.SyslogUseCurrentYear,
        ["emit_prog_label"] = o => o.EmitProgLabel,
        ["emit_metric_timestamp"] = o => o.EmitMetricTimestamp,
        ["enable_openmetrics"] = o => o.EnableOpenMetrics,
        ["vm_logs_runtime_errors"] = o => o.VmLogsRuntimeErrors,
        ["http_debugging_endpoint"] = o => o.HttpDebuggingEndpoint,
        ["http_info_endpoint"] = o => o.HttpInfoEndpoint,
        ["disable_fsnotify"] = o => o.DisableFsnotify,
        ["experimental_enable_opentelemetry"] = o => o.ExperimentalEnableOpentelemetry,
        ["passthrough"] = o => o.Passthrough,
        ["exit_on_eof"] = o => o.ExitOnEof,
        ["logtostderr"] = o => o.LogToStderr,
        ["alsologtostderr"] = o => o.AlsoLogToStderr,
    };

    public static TheoryData<string, string> ValueSpellings()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ValueSamples.Keys)
        {
            foreach (var spelling in new[] { "-{0}={1}", "--{0}={1}", "-{0} {1}", "--{0} {1}" })
            {
                data.Add(name, spelling);
            }
        }

        return data;
    }

    public static TheoryData<string> BoolNames() => [.. BoolFlags.Keys];

    [Fact]
    public void The_tables_here_cover_every_flag_the_parser_defines()
    {
        var covered = ValueSamples.Keys.Concat(BoolFlags.Keys).Append("version");
        covered.Should().BeEquivalentTo(new LogMetricsFlags().All.Select(f => f.Name));
    }

    [Theory]
    [MemberData(nameof(ValueSpellings))]
    public void A_value_flag_is_accepted_with_one_or_two_dashes_and_with_or_without_equals(string name, string spelling)
    {
        var (text, read, expected) = ValueSamples[name];
        var arg = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, name, text);
        string[] args = spelling.Contains(' ', StringComparison.Ordinal) ? arg.Split(' ', 2) : [arg];

        read(CliRunner.Options(args)).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(BoolNames))]
    public void A_boolean_flag_is_set_by_its_name_alone_with_one_or_two_dashes(string name)
    {
        BoolFlags[name](CliRunner.Options(StdinLog, "-" + name)).Should().BeTrue();
        BoolFlags[name](CliRunner.Options(StdinLog, "--" + name)).Should().BeTrue();
    }

    // -passthrough is refused unless standard input is among the logs; the other flags do not mind.
    private const string StdinLog = "-logs=-";

    [Theory]
    [MemberData(nameof(BoolNames))]
    public void A_boolean_flag_takes_go_boolean_literals_after_equals(string name)
    {
        foreach (var text in new[] { "false", "0", "f", "F", "FALSE", "False" })
        {
            BoolFlags[name](CliRunner.Options(StdinLog, $"-{name}={text}")).Should().BeFalse(text);
        }

        foreach (var text in new[] { "true", "1", "t", "T", "TRUE", "True" })
        {
            BoolFlags[name](CliRunner.Options(StdinLog, $"--{name}={text}")).Should().BeTrue(text);
        }
    }

    [Fact]
    public void No_flags_mean_the_defaults_of_the_options_record()
    {
        var options = CliRunner.Options();

        (options with { Progs = "", Logs = [] }).Should().Be(LogMetricsOptions.Defaults);
    }

    [Fact]
    public void The_defaults_are_mtails()
    {
        var o = LogMetricsOptions.Defaults;

        o.Port.Should().Be("3903");
        o.OneShotFormat.Should().Be("json");
        o.SyslogUseCurrentYear.Should().BeTrue();
        o.EmitProgLabel.Should().BeTrue();
        o.EmitMetricTimestamp.Should().BeFalse();
        o.VmLogsRuntimeErrors.Should().BeTrue();
        o.PollInterval.Should().Be(TimeSpan.FromMilliseconds(250));
        o.PollLogInterval.Should().Be(TimeSpan.FromMilliseconds(250));
        o.ExpiredMetricsGcInterval.Should().Be(TimeSpan.FromHours(1));
        o.StaleLogGcInterval.Should().Be(TimeSpan.FromHours(1));
        o.MetricPushInterval.Should().Be(TimeSpan.FromMinutes(1));
        o.MetricPushWriteDeadline.Should().Be(TimeSpan.FromSeconds(10));
        o.MaxRegexpLength.Should().Be(1024);
        o.MaxRecursionDepth.Should().Be(100);
        o.HttpDebuggingEndpoint.Should().BeTrue();
        o.HttpInfoEndpoint.Should().BeTrue();
        o.DisableFsnotify.Should().BeTrue();
        o.StderrThreshold.Should().Be(GlogSeverity.Error);
        o.Timezone.Should().BeSameAs(LogMetrics.Go.GoLocation.Utc);
        o.Logs.Should().BeEmpty();
    }

    [Fact]
    public void Each_default_shown_in_the_usage_text_is_the_flags_real_default()
    {
        foreach (var flag in new LogMetricsFlags().All.OfType<GoFlag<TimeSpan>>())
        {
            LogMetrics.Go.GoDuration.TryParse(flag.DefaultText!, out var shown, out _).Should().BeTrue(flag.Name);
            TimeSpan.FromTicks(shown / 100).Should().Be((TimeSpan)flag.Symbol.GetDefaultValue()!, flag.Name);
        }

        foreach (var flag in new LogMetricsFlags().All.OfType<GoFlag<bool>>())
        {
            flag.DefaultText.Should().Be((bool)flag.Symbol.GetDefaultValue()! ? "true" : null, flag.Name);
        }
    }

    private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(TimeSpan value) => value.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
}
