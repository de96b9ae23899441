using LogMetrics.Tests.Tailing;

namespace LogMetrics.Tests.Integration.Tailing;

/// <summary>Real files changed by real processes while the tailer polls; every test checks the exact lines.</summary>
public sealed class FileTailingTests
{
    [Fact]
    public async Task Lines_appended_by_another_process_arrive_once_and_in_order()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "before start\n");
        h.Poll();
        h.RunPollingTexts("for i in $(seq 1 1000); do echo line $i; done >> app.log")
            .Should().Equal(TailerHarness.Numbered("line", 1, 1000));
        h.Status("app.log").Should().BeEquivalentTo(new { LinesRead = 1000, Errors = 0 });
    }

    [Fact]
    public async Task Many_files_written_at_once_each_arrive_whole()
    {
        await using var h = new TailerHarness("*.log");
        h.Poll();
        var lines = h.RunPolling("for f in $(seq 1 20); do (for i in $(seq 1 200); do echo \"$f $i\"; done >> log$f.log) & done; wait");
        lines.Should().HaveCount(20 * 200);
        foreach (var file in lines.GroupBy(l => l.FileName))
        {
            var number = Path.GetFileNameWithoutExtension(file.Key)[3..];
            file.Select(l => l.Text).Should().Equal(TailerHarness.Numbered(number, 1, 200));
        }
    }

    [Fact]
    public async Task Files_matching_a_glob_that_appear_after_start_are_read_from_their_start()
    {
        await using var h = new TailerHarness("*/app.log");
        h.Poll().Should().BeEmpty();
        var lines = h.RunPolling("mkdir a b; for i in $(seq 1 100); do echo a $i >> a/app.log; echo b $i >> b/app.log; done");
        lines.Where(l => l.FileName == h.PathOf("a/app.log")).Select(l => l.Text).Should().Equal(TailerHarness.Numbered("a", 1, 100));
        lines.Where(l => l.FileName == h.PathOf("b/app.log")).Select(l => l.Text).Should().Equal(TailerHarness.Numbered("b", 1, 100));
        lines.Should().HaveCount(200);
    }

    // A file that lives under the tailed name only between two polls cannot be seen by a polling
    // tailer (nor by mtail): each phase ends with the new file in place, and the test polls then.
    [Fact]
    public async Task Rotation_by_rename_loses_and_repeats_nothing()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        var lines = new List<string>();
        foreach (var (from, rotated) in new[] { (1, 1), (201, 2), (401, 3) })
        {
            lines.AddRange(h.RunPollingTexts($"for i in $(seq {from} {from + 199}); do echo line $i >> app.log; "
                + $"if [ $i = {from + 149} ]; then mv app.log app.log.{rotated}; fi; done"));
        }
        lines.Should().Equal(TailerHarness.Numbered("line", 1, 600));
        h.Status("app.log").Should().BeEquivalentTo(new { Rotations = 3, LinesRead = 600 });
    }

    [Fact]
    public async Task Lines_a_program_writes_to_its_renamed_file_before_reopening_are_read()
    {
        // logrotate's "create" method: the program keeps writing to its open file after the
        // rename until told to reopen. mtail loses those lines.
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        var lines = h.RunPollingTexts("exec 3>>app.log; for i in $(seq 1 300); do echo line $i >&3; "
            + "if [ $i = 100 ]; then mv app.log app.log.1; : > app.log; fi; "
            + "if [ $i = 200 ]; then exec 3>>app.log; fi; done");

        // Every line once, and each file's lines in order. Between files polling promises no order: a poll can
        // read the renamed file, then find lines the writer appended to the new one after its last lines to the
        // old one.
        lines.Should().BeEquivalentTo(TailerHarness.Numbered("line", 1, 300));
        var numbers = lines.Select(l => int.Parse(l["line ".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        numbers.Where(n => n <= 200).Should().BeInAscendingOrder("the old file, renamed, is read in order");
        numbers.Where(n => n > 200).Should().BeInAscendingOrder("the new file is read in order");
    }

    [Fact]
    public async Task Rotation_by_moving_a_symbolic_link_loses_and_repeats_nothing()
    {
        await using var h = new TailerHarness("current");
        h.Append("a.log", "");
        File.CreateSymbolicLink(h.PathOf("current"), "a.log");
        h.Poll();
        var lines = new List<string>();
        foreach (var (from, target) in new[] { (1, "b"), (101, "c"), (201, "d") })
        {
            lines.AddRange(h.RunPollingTexts($"for i in $(seq {from} {from + 99}); do echo line $i >> current; "
                + $"if [ $i = {from + 49} ]; then ln -sfn {target}.log current; fi; done"));
        }
        lines.Should().Equal(TailerHarness.Numbered("line", 1, 300));
    }

    [Fact]
    public async Task Copytruncate_reads_the_file_again_from_its_start()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.RunPollingTexts("for i in $(seq 1 100); do echo line $i >> app.log; done").Should().Equal(TailerHarness.Numbered("line", 1, 100));
        h.Run("cp app.log app.log.1 && : > app.log");
        h.RunPollingTexts("for i in $(seq 101 150); do echo line $i >> app.log; done").Should().Equal(TailerHarness.Numbered("line", 101, 150));
        h.Status("app.log").Truncations.Should().Be(1);
    }

    [Fact]
    public async Task A_file_truncated_and_refilled_shorter_before_a_poll_is_read_from_its_start()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Run("for i in $(seq 1 50); do echo old line $i; done > app.log");
        h.Poll().Should().Equal(TailerHarness.Numbered("old line", 1, 50));
        h.Run("printf 'new 1\\nnew 2\\n' > app.log");
        h.Poll().Should().Equal("new 1", "new 2");
        h.Status("app.log").Truncations.Should().Be(1);
    }

    [Fact]
    public async Task A_file_truncated_and_refilled_past_the_old_end_before_a_poll_is_read_from_its_start()
    {
        // mtail compares sizes only, misses this truncation and skips the first 50 new lines.
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Run("for i in $(seq 1 50); do echo old line $i; done > app.log");
        h.Poll().Should().Equal(TailerHarness.Numbered("old line", 1, 50));
        h.Run("for i in $(seq 1 100); do echo new line $i; done > app.log");
        h.Poll().Should().Equal(TailerHarness.Numbered("new line", 1, 100));
        h.Status("app.log").Truncations.Should().Be(1);
    }

    [Fact]
    public async Task A_deleted_and_recreated_file_is_read_from_its_start()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.RunPollingTexts("echo gone 1 >> app.log; rm app.log; for i in $(seq 1 100); do echo line $i >> app.log; done")
            .Should().Equal(["gone 1", .. TailerHarness.Numbered("line", 1, 100)]);
    }

    [Fact]
    public async Task A_partial_last_line_waits_for_its_newline()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Run("printf 'a\\nb\\npar' >> app.log");
        h.Poll().Should().Equal("a", "b");
        h.Poll().Should().BeEmpty();
        h.Run("printf 'tial\\n' >> app.log");
        h.Poll().Should().Equal("partial");
    }

    [Fact]
    public async Task A_10_MB_line_is_cut_at_the_limit_and_the_next_line_is_read()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Run("head -c 10485760 /dev/zero | tr '\\0' x >> app.log; printf '\\nafter\\n' >> app.log");
        var lines = h.Poll();
        lines.Should().HaveCount(2);
        lines[0].Should().Be(new string('x', 1 << 20));
        lines[1].Should().Be("after");
        h.Status("app.log").Should().BeEquivalentTo(new { LinesCut = 1, LinesRead = 2, BytesRead = 10485760 + 7 });
        h.Errors.Should().ContainSingle().Which.Error.Should().BeOfType<LogMetrics.Tailing.LineTooLongException>();
    }
}
