using LogMetrics.Tailing.Files;

namespace LogMetrics.Tests.Tailing;

public sealed class TailerDiscoveryTests
{
    [Fact]
    public async Task A_file_present_at_start_up_is_read_from_its_end()
    {
        await using var h = new TailerHarness("a.log");
        h.Append("a.log", "old 1\nold 2\n");
        h.Poll().Should().BeEmpty();
        h.Append("a.log", "new 1\nnew 2\n");
        h.Poll().Should().Equal("new 1", "new 2");
    }

    [Fact]
    public async Task An_unfinished_last_line_at_start_up_is_read_whole_once_finished()
    {
        // mtail would hand on " finished" alone: it starts at the very end.
        await using var h = new TailerHarness("a.log");
        h.Append("a.log", "old\nbegun");
        h.Poll().Should().BeEmpty();
        h.Append("a.log", " finished\nnext\n");
        h.Poll().Should().Equal("begun finished", "next");
    }

    [Fact]
    public async Task A_file_that_appears_after_start_up_is_read_from_its_start()
    {
        await using var h = new TailerHarness("*.log");
        h.Poll().Should().BeEmpty();
        h.Append("late.log", "1\n2\n3\n");
        h.Poll().Should().Equal("1", "2", "3");
        h.Status("late.log").Should().BeEquivalentTo(new { LinesRead = 3, BytesRead = 6, Opens = 1, IsOpen = true });
    }

    [Fact]
    public async Task A_plain_path_that_does_not_exist_yet_is_picked_up_when_it_appears()
    {
        await using var h = new TailerHarness("later.log");
        h.Poll().Should().BeEmpty();
        h.Poll().Should().BeEmpty();
        h.Tailer.Logs.Should().BeEmpty();
        h.Append("later.log", "first\n");
        h.Poll().Should().Equal("first");
        h.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_target_of_a_dangling_link_present_at_start_up_is_read_from_its_start_when_it_appears()
    {
        await using var h = new TailerHarness("current");
        File.CreateSymbolicLink(h.PathOf("current"), "app.log");
        h.Poll().Should().BeEmpty();
        h.Append("app.log", "1\n2\n");
        h.Poll().Should().Equal("1", "2");
    }

    [Fact]
    public async Task Read_from_start_off_reads_new_files_from_their_end_as_mtail_does()
    {
        await using var h = new TailerHarness(o => o with { ReadFromStartForNewFiles = false }, "*.log");
        h.Poll();
        h.Append("late.log", "lost\n");
        h.Poll().Should().BeEmpty();
        h.Append("late.log", "kept\n");
        h.Poll().Should().Equal("kept");
    }

    [Fact]
    public async Task Lines_carry_the_absolute_path_they_were_found_under()
    {
        await using var h = new TailerHarness("*.log");
        h.Poll();
        h.Append("b.log", "x\n");
        h.Tailer.Poll();
        h.Lines().Should().Equal(new LogMetrics.Tailing.LogLine(h.PathOf("b.log"), "x"));
    }

    [Fact]
    public async Task Ignored_base_names_and_directories_are_not_tailed()
    {
        await using var h = new TailerHarness(o => o with { IgnoreFilenameRegex = @"\.gz" }, "log*");
        h.Poll();
        Directory.CreateDirectory(h.PathOf("logdir"));
        h.Append("log1.gz", "ignored\n");
        h.Append("log2gz", "read\n");
        h.Poll().Should().Equal("read");
        h.Tailer.Logs.Select(l => Path.GetFileName(l.Path)).Should().Equal("log2gz");
    }

    [Fact]
    public async Task Several_patterns_matching_one_path_read_it_once()
    {
        await using var h = new TailerHarness("a.log", "*.log", "a.*");
        h.Poll();
        h.Append("a.log", "once\n");
        h.Poll().Should().Equal("once");
    }

    [Fact]
    public async Task A_symbolic_link_and_its_target_both_matched_give_each_line_once()
    {
        await using var h = new TailerHarness("*");
        h.Poll();
        h.Append("app.log", "");
        File.CreateSymbolicLink(h.PathOf("current"), h.PathOf("app.log"));
        h.Poll();
        h.Append("app.log", "one\ntwo\n");
        h.Tailer.Poll();
        h.Lines().Should().Equal(new LogMetrics.Tailing.LogLine(h.PathOf("app.log"), "one"), new(h.PathOf("app.log"), "two"));
    }

    [Fact]
    public async Task A_backlog_larger_than_one_pass_is_read_over_several_passes_in_order()
    {
        await using var h = new TailerHarness("*.log");
        h.Poll();
        var line = new string('x', 1023);
        var count = (int)(OpenLog.PassBudgetBytes / 1024) + 1000;
        await File.WriteAllLinesAsync(h.PathOf("big.log"), Enumerable.Repeat(line, count), TestContext.Current.CancellationToken);
        h.Append("big.log", "last\n");
        h.Poll().Should().HaveCount((int)(OpenLog.PassBudgetBytes / 1024));
        h.Poll().Should().HaveCount(1001).And.EndWith("last");
        h.Poll().Should().BeEmpty();
    }

    [Fact]
    public async Task Relative_patterns_are_made_absolute()
    {
        await using var h = new TailerHarness();
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, h.PathOf("rel.log"));
        var channel = System.Threading.Channels.Channel.CreateUnbounded<LogMetrics.Tailing.LogLine>();
        await using var tailer = new LogMetrics.Tailing.Tailer(h.Options with { Patterns = [relative] }, channel.Writer);
        tailer.Poll();
        h.Append("rel.log", "r\n");
        tailer.Poll();
        channel.Reader.TryRead(out var line).Should().BeTrue();
        line.FileName.Should().Be(h.PathOf("rel.log"));
    }

    [Fact]
    public async Task A_path_gone_for_longer_than_the_limit_is_forgotten_and_its_lines_stay_in_the_total()
    {
        await using var h = new TailerHarness(o => o with { ForgetGoneLogsAfter = TimeSpan.FromMinutes(1) }, "*.log");
        h.Poll();
        h.Append("a.log", "1\n2\n3\n");
        h.Append("b.log", "kept\n");
        h.Poll().Should().HaveCount(4);

        File.Delete(h.PathOf("a.log"));
        h.Poll();
        h.Clock.Advance(TimeSpan.FromSeconds(6)); // past the rotation grace period: closed
        h.Poll();
        h.Poll(); // gone from here on: unmatched, and nothing of it open
        h.Clock.Advance(TimeSpan.FromSeconds(59));
        h.Poll();
        h.Tailer.Logs.Select(l => Path.GetFileName(l.Path)).Should().Equal(["a.log", "b.log"], "gone for less than the limit");

        h.Clock.Advance(TimeSpan.FromSeconds(2));
        h.Poll();
        h.Tailer.Logs.Select(l => Path.GetFileName(l.Path)).Should().Equal("b.log");
        h.Tailer.LinesRead.Should().Be(4);

        // Back again: a new log, read from its start.
        h.Append("a.log", "again\n");
        h.Poll().Should().Equal("again");
        h.Status("a.log").LinesRead.Should().Be(1);
        h.Tailer.LinesRead.Should().Be(5);
    }

    [Fact]
    public async Task A_path_still_matched_or_still_open_is_never_forgotten()
    {
        await using var h = new TailerHarness(o => o with { ForgetGoneLogsAfter = TimeSpan.FromSeconds(1) }, "*.log");
        h.Poll();
        h.Append("quiet.log", "once\n");
        h.Poll();
        for (var i = 0; i < 5; i++)
        {
            h.Clock.Advance(TimeSpan.FromMinutes(10));
            h.Poll();
        }
        h.Tailer.Logs.Should().ContainSingle().Which.LinesRead.Should().Be(1);
    }
}
