using LogMetrics.Cli.Batch;

namespace LogMetrics.Tests.Cli.Batch;

/// <summary>The pipe and batch-job flags are checked before any mode runs: exit 1 with a message that says what to do.</summary>
public sealed class BatchJobChecksTests
{
    [Theory]
    [InlineData(new[] { "-progs", "p", "-logs", "app.log", "-passthrough" }, BatchJobChecks.PassthroughNeedsStdin)]
    [InlineData(new[] { "-progs", "p", "-logs", "-", "-passthrough", "-one_shot" }, BatchJobChecks.PassthroughNotInOneShot)]
    [InlineData(new[] { "-progs", "p", "-logs", "a.log", "-exit_on_eof", "-idle_exit", "0" }, "-idle_exit must be positive: it is how long the logs must stop growing before -exit_on_eof ends the run")]
    [InlineData(new[] { "-progs", "p", "-logs", "-", "-push_gateway", "pgw:9091" }, "-push_gateway wants an http:// or https:// URL, not \"pgw:9091\"")]
    [InlineData(new[] { "-progs", "p", "-logs", "-", "-push_gateway", "http://pgw:9091", "-push_job", "" }, "-push_job must not be empty: the Pushgateway groups metrics by job")]
    public void A_batch_flag_that_cannot_work_is_refused_with_exit_1(string[] args, string message)
    {
        var outcome = CliRunner.Run(args);
        outcome.ExitCode.Should().Be(1);
        outcome.Stderr.Should().Be(message + "\n");
        outcome.Modes.Mode.Should().BeNull();
    }

    [Theory]
    [InlineData("-logs", "-")]
    [InlineData("-logs", "/dev/stdin")]
    [InlineData("-logs", "app.log,-")]
    public void Passthrough_is_accepted_whenever_standard_input_is_read(string flag, string logs)
    {
        var outcome = CliRunner.Run("-progs", "p", flag, logs, "-passthrough", "-exit_on_eof", "-push_gateway", "https://pgw.example:9091/prefix");
        outcome.Stderr.Should().BeEmpty();
        outcome.Modes.Mode.Should().Be("daemon");
        outcome.Modes.Options!.Passthrough.Should().BeTrue();
    }

    [Fact]
    public void One_shot_may_push()
    {
        var outcome = CliRunner.Run("-progs", "p", "-logs", "a.log", "-one_shot", "-push_gateway", "http://pgw:9091");
        outcome.Stderr.Should().BeEmpty();
        outcome.Modes.Mode.Should().Be("one_shot");
    }
}
