namespace LogMetrics.Tests.Tailing;

/// <summary>Checkpoint positions and resuming from them (<c>-state_dir</c>).</summary>
public sealed class TailerResumeTests
{
    [Fact]
    public async Task A_checkpoint_counts_only_the_lines_processed_so_far()
    {
        await using var h = new ResumeHarness();
        h.Append("app.log", "");
        h.Start(null);
        h.Append("app.log", "one\ntwo\nthree\n");
        h.Tailer.Poll();
        var lines = h.Take();
        lines.Select(l => l.EndOffset).Should().Equal(4, 8, 14);

        lines[0].MarkProcessed();
        h.Checkpoint().Logs.Should().ContainSingle().Which.Offset.Should().Be(4, "two lines are still waiting");
        lines[1].MarkProcessed();
        lines[2].MarkProcessed();
        h.Checkpoint().Logs.Single().Should().BeEquivalentTo(new { Path = h.PathOf("app.log"), Offset = 14L, FingerprintLength = 14 });
    }

    [Fact]
    public async Task Without_a_checkpoint_a_file_there_at_start_is_read_from_its_end_as_in_mtail()
    {
        await using var h = new ResumeHarness();
        h.Append("app.log", "old\n");
        h.Start(null).Should().BeEmpty();
        h.Checkpoint().Logs.Single().Offset.Should().Be(4);
    }

    [Fact]
    public async Task After_a_crash_a_known_file_resumes_after_the_last_processed_line()
    {
        await using var h = new ResumeHarness();
        h.Append("app.log", "");
        h.Start(null);
        h.Append("app.log", "1\n2\n");
        h.Poll();
        var checkpoint = h.Checkpoint();
        h.Append("app.log", "3\n4\n");
        h.Poll().Should().Equal("3", "4");

        // Crash: lines 3 and 4 were counted after the checkpoint, so they are read again.
        h.Start(checkpoint).Should().Equal("3", "4");
    }

    [Fact]
    public async Task A_partial_line_is_kept_at_shutdown_and_read_whole_after_the_restart()
    {
        await using var h = new ResumeHarness();
        h.Append("app.log", "");
        h.Start(null);
        h.Append("app.log", "whole\nhal");
        h.Poll().Should().Equal("whole");
        await h.Tailer.DisposeAsync();
        h.ProcessAll().Should().BeEmpty("the partial line stays in the file");
        var checkpoint = h.Checkpoint();
        checkpoint.Logs.Single().Offset.Should().Be(6);

        h.Append("app.log", "f\n");
        h.Start(checkpoint).Should().Equal("half");
    }

    [Fact]
    public async Task A_file_rotated_while_down_is_finished_from_its_offset_then_the_new_one_is_read_whole()
    {
        await using var h = new ResumeHarness();
        h.Append("app.log", "");
        h.Start(null);
        h.Append("app.log", "old 1\n");
        h.Poll();
        var checkpoint = h.Checkpoint();
        await h.Tailer.DisposeAsync();

        h.Append("app.log", "old 2\n");
        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log", "new 1\n");
        var lines = h.Start(checkpoint);
        lines.Should().Equal("old 2", "new 1");
        h.Tailer.Logs.Single().Should().BeEquivalentTo(new { Path = h.PathOf("app.log"), Rotations = 1L });
    }

    [Fact]
    public async Task Identical_first_lines_do_not_make_a_new_file_look_known()
    {
        await using var h = new ResumeHarness();
        h.Append("app.log", "");
        h.Start(null);
        h.Append("app.log", "header\nold\n");
        h.Poll();
        var checkpoint = h.Checkpoint();
        await h.Tailer.DisposeAsync();

        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log", "header\nnew\n");
        h.Start(checkpoint).Should().Equal("header", "new");
    }

    [Fact]
    public async Task A_file_truncated_and_rewritten_while_down_is_read_from_its_start()
    {
        await using var h = new ResumeHarness();
        h.Append("app.log", "");
        h.Start(null);
        h.Append("app.log", "first 1\nfirst 2\n");
        h.Poll();
        var checkpoint = h.Checkpoint();
        await h.Tailer.DisposeAsync();

        // Same inode, other content, longer than the saved offset: only the fingerprint tells.
        File.WriteAllText(h.PathOf("app.log"), "second 1\nsecond 2\nsecond 3\n");
        h.Start(checkpoint).Should().Equal("second 1", "second 2", "second 3");
    }

    [Fact]
    public async Task A_file_the_checkpoint_did_not_know_is_read_whole_if_its_patterns_match_it_and_from_its_end_otherwise()
    {
        await using var h = new ResumeHarness();
        Directory.CreateDirectory(h.PathOf("a"));
        Directory.CreateDirectory(h.PathOf("b"));
        h.Start(null, "a/*.log");
        var checkpoint = h.Checkpoint();
        await h.Tailer.DisposeAsync();

        h.Append("a/new.log", "appeared while down\n");
        h.Append("b/old.log", "before it was followed\n");
        h.Start(checkpoint, "a/*.log", "b/*.log").Should().Equal("appeared while down");
    }
}
