using LogMetrics.Cli;

namespace LogMetrics.Tests.Cli;

/// <summary>-version, help, mtail's startup checks and the choice of mode.</summary>
public sealed class CliBehaviourTests
{
    [Fact]
    public void Version_prints_the_build_line_to_stdout_and_runs_nothing()
    {
        var outcome = CliRunner.Run("-version");

        outcome.ExitCode.Should().Be(0);
        outcome.Stdout.Should().Be(CliRunner.BuildLine + "\n");
        outcome.Stderr.Should().BeEmpty();
        outcome.Modes.Mode.Should().BeNull();
    }

    [Fact]
    public void The_build_line_has_mtails_shape()
    {
        CliRunner.BuildLine.Should().MatchRegex(
            @"^logmetrics version \S+ git revision \S+ dotnet version \d+\.\d+\.\d+ go arch \S+ go os \S+$");
    }

    [Fact]
    public void Version_wins_over_extra_arguments_but_version_false_does_not_print()
    {
        CliRunner.Run("--version=true", "extra").Stdout.Should().StartWith("logmetrics version ");
        CliRunner.Run("-version=false").Stderr.Should().Be(StartupChecks.MissingProgs + "\n");
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("-help")]
    [InlineData("--help")]
    [InlineData("--h")]
    [InlineData("-help=false")]
    public void Help_prints_the_usage_to_stderr_and_exits_0(string arg)
    {
        var outcome = CliRunner.Run(arg, "-nosuch");

        outcome.ExitCode.Should().Be(0);
        outcome.Stdout.Should().BeEmpty();
        outcome.Stderr.Should().StartWith(CliRunner.BuildLine + "\n\nUsage:\n  -address string\n    \t");
        outcome.Modes.Mode.Should().BeNull();
    }

    [Fact]
    public void Help_after_a_bad_flag_is_too_late()
    {
        CliRunner.Run("-nosuch", "-h").ExitCode.Should().Be(2);
    }

    [Fact]
    public void The_usage_lists_every_flag_in_gos_layout()
    {
        var usage = CliRunner.Run("-h").Stderr;

        foreach (var flag in new LogMetricsFlags().All)
        {
            usage.Should().MatchRegex($@"(?m)^  -{flag.Name}( (string|int|duration|value))?\n    \t\S");
        }

        usage.Should().Contain("  -port string\n    \tPort of the HTTP listener; 0 picks a free port. (default \"3903\")\n");
        usage.Should().Contain("(default 1h0m0s)").And.Contain("  -v value\n");
    }

    [Fact]
    public void Missing_progs_is_reported_before_missing_logs()
    {
        var outcome = CliRunner.Run();

        outcome.ExitCode.Should().Be(1);
        outcome.Stderr.Should().Be(StartupChecks.MissingProgs + "\n");
        StartupChecks.MissingProgs.Should().Contain("please use the flag -progs");
    }

    [Fact]
    public void Missing_logs_fail_a_daemon()
    {
        var outcome = CliRunner.Run("-progs", "p");

        outcome.ExitCode.Should().Be(1);
        outcome.Stderr.Should().Be(StartupChecks.MissingLogs + "\n");
        outcome.Modes.Mode.Should().BeNull();
    }

    [Theory]
    [InlineData("-compile_only", "compile_only")]
    // A dump with no logs only prints the stages: it does not start a daemon that tails nothing.
    [InlineData("-dump_ast", "compile_only")]
    [InlineData("-dump_ast_types", "compile_only")]
    [InlineData("-dump_bytecode", "compile_only")]
    public void Compiling_or_dumping_needs_no_logs(string flag, string mode)
    {
        var outcome = CliRunner.Run("-progs", "p", flag);

        outcome.ExitCode.Should().Be(0);
        outcome.Modes.Mode.Should().Be(mode);
    }

    [Fact]
    public void Compile_only_needs_progs_all_the_same()
    {
        CliRunner.Run("-compile_only").Stderr.Should().Be(StartupChecks.MissingProgs + "\n");
    }

    [Fact]
    public void Extra_arguments_are_reported_before_the_time_zone_and_the_time_zone_before_progs()
    {
        CliRunner.Run("-override_timezone", "Nowhere/X", "x").Stderr.Should().StartWith("Too many extra arguments");
        CliRunner.Run("-override_timezone", "Nowhere/X").Stderr.Should().StartWith("Couldn't parse timezone");
    }

    [Theory]
    [InlineData("Nowhere/X", "Couldn't parse timezone \"Nowhere/X\": unknown time zone Nowhere/X")]
    [InlineData("utc", "Couldn't parse timezone \"utc\": unknown time zone utc")]
    [InlineData("america/new_york", "Couldn't parse timezone \"america/new_york\": unknown time zone america/new_york")]
    [InlineData("../etc/passwd", "Couldn't parse timezone \"../etc/passwd\": time: invalid location name")]
    [InlineData("/etc/localtime", "Couldn't parse timezone \"/etc/localtime\": time: invalid location name")]
    public void An_unknown_time_zone_exits_1_with_gos_message(string zone, string message)
    {
        var outcome = CliRunner.Run([.. CliRunner.Required, "-override_timezone", zone]);

        outcome.ExitCode.Should().Be(1);
        outcome.Stderr.Should().Be(message + "\n");
    }

    [Fact]
    public void Time_zone_names_resolve_like_gos_load_location()
    {
        CliRunner.Options("-override_timezone=").Timezone.Should().BeSameAs(LogMetrics.Go.GoLocation.Utc);
        CliRunner.Options("-override_timezone=UTC").Timezone.Should().BeSameAs(LogMetrics.Go.GoLocation.Utc);
        CliRunner.Options("-override_timezone=Local").Timezone.Should().BeSameAs(LogMetrics.Go.GoLocation.Local);
        CliRunner.Options("-override_timezone=America/New_York").Timezone.Name.Should().Be("America/New_York");
        CliRunner.Options("-override_timezone=Etc/UTC").Timezone.Name.Should().Be("Etc/UTC");
    }

    [Fact]
    public void Compile_only_wins_over_one_shot_which_wins_over_the_daemon()
    {
        CliRunner.Run([.. CliRunner.Required, "-one_shot", "-compile_only"]).Modes.Mode.Should().Be("compile_only");
        CliRunner.Run([.. CliRunner.Required, "-one_shot"]).Modes.Mode.Should().Be("one_shot");
        CliRunner.Run(CliRunner.Required).Modes.Mode.Should().Be("daemon");
    }

    [Fact]
    public void One_shot_writes_to_the_given_stdout()
    {
        CliRunner.Run([.. CliRunner.Required, "-one_shot"]).Stdout.Should().Be("one-shot output");
    }

    [Fact]
    public void The_modes_exit_code_is_the_processes()
    {
        var modes = new FakeModes { ExitCode = 7 };

        LogMetrics.Cli.Cli.Run(CliRunner.Required, TextWriter.Null, TextWriter.Null, modes).Should().Be(7);
    }

    [Fact]
    public async Task The_daemon_runs_until_the_callers_token_is_cancelled_and_the_accepted_options_are_announced()
    {
        using var cancellation = new CancellationTokenSource();
        var modes = new FakeModes { DaemonRunsUntilCancelled = true };
        LogMetricsOptions? announced = null;
        var settings = new CliSettings { OptionsAccepted = o => announced = o };

        var run = LogMetrics.Cli.Cli.RunAsync(CliRunner.Required, TextWriter.Null, TextWriter.Null, modes, settings, cancellation.Token);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        run.IsCompleted.Should().BeFalse();
        await cancellation.CancelAsync();

        (await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).Should().Be(0);
        modes.Mode.Should().Be("daemon");
        announced!.Progs.Should().Be("p");
    }
}
