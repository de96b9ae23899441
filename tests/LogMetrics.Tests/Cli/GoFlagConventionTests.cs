using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Tests.Cli;

/// <summary>The rules of Go's flag package, as the mtail binary shows them.</summary>
public sealed class GoFlagConventionTests
{
    private const string ExtraArgumentsHint = "(the logs flag can be repeated, or the filenames separated by commas.)";

    [Fact]
    public void Parsing_stops_at_the_first_non_flag_and_everything_after_it_is_an_extra_argument()
    {
        var outcome = CliRunner.Run("-progs", "p", "extra", "args", "-port", "0");

        outcome.ExitCode.Should().Be(1);
        outcome.Stderr.Should().Be($"Too many extra arguments specified: [\"extra\" \"args\" \"-port\" \"0\"]\n{ExtraArgumentsHint}\n");
        outcome.Modes.Mode.Should().BeNull();
    }

    [Fact]
    public void A_double_dash_ends_the_flags()
    {
        var outcome = CliRunner.Run("-progs", "p", "--", "-logs", "l");

        outcome.ExitCode.Should().Be(1);
        outcome.Stderr.Should().StartWith("Too many extra arguments specified: [\"-logs\" \"l\"]");
    }

    [Fact]
    public void A_lone_dash_is_an_argument_not_a_flag()
    {
        CliRunner.Run([.. CliRunner.Required, "-"]).Stderr.Should().StartWith("Too many extra arguments specified: [\"-\"]");
    }

    [Fact]
    public void A_boolean_flag_does_not_take_the_next_argument_as_its_value()
    {
        var outcome = CliRunner.Run([.. CliRunner.Required, "-one_shot", "false"]);

        outcome.ExitCode.Should().Be(1);
        outcome.Stderr.Should().StartWith("Too many extra arguments specified: [\"false\"]");
    }

    [Fact]
    public void An_unknown_flag_prints_gos_message_and_the_usage_and_exits_2()
    {
        var outcome = CliRunner.Run("-nosuchflag");

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().StartWith($"flag provided but not defined: -nosuchflag\n{CliRunner.BuildLine}\n\nUsage:\n  -address string\n");
        outcome.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("-Version")]
    [InlineData("-mtaildebug=1")]
    [InlineData("-progs:p")]
    public void Flag_names_match_exactly(string arg)
    {
        CliRunner.Run(arg).ExitCode.Should().Be(2);
    }

    [Fact]
    public void A_value_flag_takes_the_next_argument_even_when_it_looks_like_a_flag()
    {
        CliRunner.Options("-progs", "-logs").Progs.Should().Be("-logs");
        CliRunner.Options("-port", "--").Port.Should().Be("--");
        CliRunner.Options("-address", "-h").Address.Should().Be("-h");
        CliRunner.Options("-port", "@file").Port.Should().Be("@file");
    }

    [Fact]
    public void An_empty_value_is_a_value()
    {
        CliRunner.Options("-port=").Port.Should().BeEmpty();
        CliRunner.Options("--port", "").Port.Should().BeEmpty();
        CliRunner.Options("-one_shot_format=").OneShotFormat.Should().BeEmpty();
    }

    [Fact]
    public void A_value_keeps_everything_after_the_first_equals_sign()
    {
        CliRunner.Options("-vmodule=a=1,b=2").Vmodule.Should().Be("a=1,b=2");
        CliRunner.Options("--address=[::1]:x").Address.Should().Be("[::1]:x");
    }

    [Fact]
    public void A_repeated_flag_keeps_its_last_value()
    {
        CliRunner.Options("-port=1", "-port", "2", "--port=3").Port.Should().Be("3");
        CliRunner.Options("-one_shot", "-one_shot=false").OneShot.Should().BeFalse();
    }

    [Fact]
    public void Logs_accumulate_over_repetitions_and_split_on_commas_keeping_empty_pieces()
    {
        CliRunner.Options("-logs", "a,b", "--logs=c", "-logs=d,,e").Logs.Should().Equal("l", "a", "b", "c", "d", "", "e");
    }

    [Theory]
    [InlineData("-poll_interval=abc", "invalid value \"abc\" for flag -poll_interval: parse error")]
    [InlineData("-poll_interval=5", "invalid value \"5\" for flag -poll_interval: parse error")]
    [InlineData("-poll_interval=", "invalid value \"\" for flag -poll_interval: parse error")]
    [InlineData("-poll_interval=9999999h", "invalid value \"9999999h\" for flag -poll_interval: parse error")]
    [InlineData("-max_regexp_length=x", "invalid value \"x\" for flag -max_regexp_length: parse error")]
    [InlineData("-max_regexp_length=99999999999999999999", "invalid value \"99999999999999999999\" for flag -max_regexp_length: value out of range")]
    [InlineData("-trace_sample_period=1.5", "invalid value \"1.5\" for flag -trace_sample_period: parse error")]
    [InlineData("-one_shot=maybe", "invalid boolean value \"maybe\" for -one_shot: parse error")]
    [InlineData("-one_shot=", "invalid boolean value \"\" for -one_shot: parse error")]
    [InlineData("-v=abc", "invalid value \"abc\" for flag -v: strconv.Atoi: parsing \"abc\": invalid syntax")]
    [InlineData("-stderrthreshold=foo", "invalid value \"foo\" for flag -stderrthreshold: strconv.Atoi: parsing \"foo\": invalid syntax")]
    [InlineData("-vmodule=a=b", "invalid value \"a=b\" for flag -vmodule: syntax error: expect comma-separated list of filename=N")]
    [InlineData("-vmodule=a=-1", "invalid value \"a=-1\" for flag -vmodule: negative value for vmodule level")]
    [InlineData("-log_backtrace_at=", "invalid value \"\" for flag -log_backtrace_at: syntax error: expect file.go:234")]
    [InlineData("-log_backtrace_at=a.go:0", "invalid value \"a.go:0\" for flag -log_backtrace_at: negative or zero value for level")]
    [InlineData("-progs", "flag needs an argument: -progs")]
    [InlineData("---progs", "bad flag syntax: ---progs")]
    [InlineData("-=x", "bad flag syntax: -=x")]
    public void A_bad_command_line_prints_gos_message_then_the_usage_and_exits_2(string arg, string message)
    {
        var outcome = CliRunner.Run(arg);

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().StartWith(message + "\n" + CliRunner.BuildLine + "\n\nUsage:\n");
    }

    [Fact]
    public void The_first_bad_flag_in_argument_order_is_the_one_reported()
    {
        CliRunner.Run("-port=1", "-poll_interval=abc", "-nosuch").Stderr.Should().StartWith("invalid value \"abc\"");
        CliRunner.Run("-nosuch", "-poll_interval=abc").Stderr.Should().StartWith("flag provided but not defined: -nosuch");
        CliRunner.Run("-v=1", "-v=x", "-max_regexp_length=y").Stderr.Should().StartWith("invalid value \"x\" for flag -v");
    }

    [Fact]
    public void Values_go_accepts_are_accepted()
    {
        CliRunner.Options("-max_regexp_length=0x10").MaxRegexpLength.Should().Be(16);
        CliRunner.Options("-max_regexp_length=010").MaxRegexpLength.Should().Be(8);
        CliRunner.Options("-max_regexp_length=1_000").MaxRegexpLength.Should().Be(1000);
        CliRunner.Options("-max_regexp_length=-5").MaxRegexpLength.Should().Be(-5);
        CliRunner.Options("-stderrthreshold=info").StderrThreshold.Should().Be(GlogSeverity.Info);
        CliRunner.Options("-stderrthreshold=7").StderrThreshold.Should().Be((GlogSeverity)7);
        CliRunner.Options("-v=-1").Verbosity.Should().Be(-1);
        CliRunner.Options("-vmodule=a=0,,b=2,").Vmodule.Should().Be("a=0,,b=2,");
        CliRunner.Options("-vmodule=").Vmodule.Should().BeEmpty();
        CliRunner.Options("-poll_interval=-1.5\u00b5s").PollInterval.Should().Be(TimeSpan.FromTicks(-15));
        CliRunner.Options("-port=not-a-number").Port.Should().Be("not-a-number");
    }

    [Fact]
    public void Zero_intervals_and_depth_fall_back_to_the_defaults_as_in_mtail()
    {
        var options = CliRunner.Options("-poll_interval=0", "-poll_log_interval=0s", "-max_recursion_depth=0");

        options.PollInterval.Should().Be(TimeSpan.FromMilliseconds(250));
        options.PollLogInterval.Should().Be(TimeSpan.FromMilliseconds(250));
        options.MaxRecursionDepth.Should().Be(100);
    }

    [Fact]
    public void Other_zero_durations_stay_zero_because_zero_disables_them()
    {
        CliRunner.Options("-expired_metrics_gc_interval=0").ExpiredMetricsGcInterval.Should().Be(TimeSpan.Zero);
    }
}
