using LogMetrics.Cli.OneShot;
using Microsoft.Extensions.Time.Testing;

namespace LogMetrics.Tests.Cli;

public sealed class OneShotProgressTests
{
    [Theory]
    [InlineData(0, 0, 1.0, "0 lines, 0 B, 0 B/s, 0 lines/s")]
    [InlineData(1_234_567, 126_353_408, 2.0, "1,234,567 lines, 120.5 MiB, 60.3 MiB/s, 617,284 lines/s")]
    [InlineData(10, 1023, 0.5, "10 lines, 1023 B, 2.0 KiB/s, 20 lines/s")]
    [InlineData(5, 3L << 40, 1024.0, "5 lines, 3.0 TiB, 3.0 GiB/s, 0 lines/s")]
    public void A_progress_line_says_lines_bytes_and_rates(long lines, long bytes, double seconds, string expected) =>
        OneShotProgress.Format(lines, bytes, TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Fact]
    public void Progress_is_redrawn_at_most_once_a_second_and_ends_with_the_totals()
    {
        var clock = new FakeTimeProvider();
        using var output = new StringWriter();
        var progress = new OneShotProgress(output, clock);

        progress.Add("a\nb\n"u8);
        clock.Advance(TimeSpan.FromMilliseconds(900));
        progress.Add("c\n"u8);
        output.ToString().Should().BeEmpty("less than a second has passed");

        clock.Advance(TimeSpan.FromMilliseconds(100));
        progress.Add("d\n"u8);
        output.ToString().Should().Be("\r4 lines, 8 B, 8 B/s, 4 lines/s\u001b[K");

        clock.Advance(TimeSpan.FromMilliseconds(500));
        progress.Add("e\n"u8);
        progress.Finish();
        output.ToString().Should().Be("\r4 lines, 8 B, 8 B/s, 4 lines/s\u001b[K\r5 lines, 10 B, 7 B/s, 3 lines/s\u001b[K\n");
    }

    [Fact]
    public void A_run_shorter_than_a_second_prints_nothing_at_all()
    {
        var clock = new FakeTimeProvider();
        using var output = new StringWriter();
        var progress = new OneShotProgress(output, clock);
        progress.Add("a\n"u8);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        progress.Finish();
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Nothing_reports_progress_to_a_writer_that_is_not_the_terminal()
    {
        using var output = new StringWriter();
        OneShotProgress.ForTerminal(output).Should().BeNull();
        ProgressStream.Wrap(Stream.Null, null).Should().BeSameAs(Stream.Null);
    }

    [Fact]
    public void The_progress_stream_reports_each_read_buffer()
    {
        var clock = new FakeTimeProvider();
        using var output = new StringWriter();
        var progress = new OneShotProgress(output, clock);
        using var stream = ProgressStream.Wrap(new MemoryStream("x\ny\nz"u8.ToArray()), progress);
        var buffer = new byte[3];
        stream.ReadExactly(buffer);
        clock.Advance(TimeSpan.FromSeconds(1));
        stream.Read(buffer).Should().Be(2);
        output.ToString().Should().StartWith("\r2 lines, 5 B, ");
    }
}
