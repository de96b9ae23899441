using LogMetrics.Cli.Batch;
using LogMetrics.Tailing;

namespace LogMetrics.Tests.Cli.Batch;

public sealed class InputEndTests
{
    static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    static DateTimeOffset At(double seconds) => Start.AddSeconds(seconds);

    static LogStatus Stdin(bool closed) => new() { Path = "-", Opens = 1, Closes = closed ? 1 : 0, BytesRead = 99 };

    static LogStatus File(long bytes) => new() { Path = "/var/log/job.log", Opens = 1, BytesRead = bytes };

    [Fact]
    public void Standard_input_alone_ends_when_it_closes_however_long_it_was_quiet()
    {
        var end = new InputEnd(["-"], Idle, Start);
        end.Check([Stdin(closed: false)], At(3600)).Should().BeNull();
        end.Check([Stdin(closed: true)], At(3601)).Should().Be("Standard input closed");
    }

    [Fact]
    public void A_file_ends_the_run_once_it_has_not_grown_for_idle_exit()
    {
        var end = new InputEnd(["/var/log/*.log"], Idle, Start);
        end.Check([File(0)], At(10)).Should().BeNull();
        end.Check([File(100)], At(20)).Should().BeNull("it grew at 20s");
        end.Check([File(100)], At(49)).Should().BeNull();
        end.Check([File(100)], At(50)).Should().Be("No log grew for 30s");
    }

    [Fact]
    public void A_file_that_never_appears_ends_the_run_after_idle_exit_from_the_start()
    {
        var end = new InputEnd(["/var/log/job.log"], Idle, Start);
        end.Check([], At(29)).Should().BeNull();
        end.Check([], At(30)).Should().Be("No log grew for 30s");
    }

    [Fact]
    public void Standard_input_and_files_end_when_stdin_has_closed_and_the_files_are_idle()
    {
        var end = new InputEnd(["-", "/var/log/job.log"], Idle, Start);
        end.Check([File(5), Stdin(closed: true)], At(1)).Should().BeNull("the file just grew");
        end.Check([File(5), Stdin(closed: false)], At(40)).Should().BeNull("stdin is still open");
        end.Check([File(5), Stdin(closed: true)], At(41)).Should().Be("Standard input closed and no other log grew for 30s");
    }

    [Fact]
    public void A_log_that_is_read_again_from_the_start_still_counts_as_growth()
    {
        // A truncated and rewritten file adds to the bytes read, so the sum only ever goes up.
        var end = new InputEnd(["/var/log/job.log"], Idle, Start);
        end.Check([File(100)], At(25)).Should().BeNull();
        end.Check([File(150)], At(50)).Should().BeNull();
        end.Check([File(150)], At(80)).Should().NotBeNull();
    }
}
