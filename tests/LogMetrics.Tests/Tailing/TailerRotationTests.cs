using LogMetrics.Tailing;

namespace LogMetrics.Tests.Tailing;

public sealed class TailerRotationTests
{
    static readonly TimeSpan Grace = new TailerOptions().RotationGracePeriod;

    [Fact]
    public async Task Rename_and_create_finishes_the_old_file_then_reads_the_new_one_from_its_start()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Append("app.log", "old 1\nold 2\n");
        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log.1", "old 3\n");
        h.Append("app.log", "new 1\n");
        h.Poll().Should().Equal("old 1", "old 2", "old 3", "new 1");
        h.Status("app.log").Should().BeEquivalentTo(new { Rotations = 1, Opens = 2, LinesRead = 4 });
    }

    [Fact]
    public async Task The_old_file_is_still_read_until_idle_for_the_grace_period()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log", "new 1\n");
        h.Poll().Should().Equal("new 1");

        // The program has not reopened its log yet: it still writes to the renamed file.
        h.Append("app.log.1", "late 1\nlate");
        h.Clock.Advance(Grace - TimeSpan.FromSeconds(1));
        h.Poll().Should().Equal("late 1");
        h.Clock.Advance(Grace - TimeSpan.FromSeconds(1));
        h.Poll().Should().BeEmpty();
        h.Status("app.log").Closes.Should().Be(0);

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        h.Poll().Should().Equal("late");
        h.Status("app.log").Should().BeEquivalentTo(new { Opens = 2, Closes = 1, IsOpen = true });
        h.Append("app.log.1", "too late\n");
        h.Poll().Should().BeEmpty();
    }

    [Fact]
    public async Task A_zero_grace_period_closes_the_old_file_at_once_as_mtail_does()
    {
        await using var h = new TailerHarness(o => o with { RotationGracePeriod = TimeSpan.Zero }, "app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Append("app.log", "old\npartial");
        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log", "new\n");
        h.Poll().Should().Equal("old", "partial", "new");
        h.Status("app.log").Closes.Should().Be(1);
    }

    [Fact]
    public async Task A_rotated_file_the_glob_also_matches_goes_on_where_it_was_and_is_not_read_again()
    {
        await using var h = new TailerHarness("app.log*");
        h.Append("app.log", "before start\n");
        h.Poll();
        h.Append("app.log", "old 1\n");
        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log", "new 1\n");
        h.Poll().Should().Equal("old 1", "new 1");
        h.Append("app.log.1", "late 1\n");
        h.Tailer.Poll();
        h.Lines().Should().Equal(new LogLine(h.PathOf("app.log.1"), "late 1"));
        h.Clock.Advance(Grace * 10);
        h.Append("app.log.1", "much later\n");
        h.Poll().Should().Equal("much later");
    }

    [Fact]
    public async Task A_second_rotation_chain_repeats_nothing()
    {
        await using var h = new TailerHarness("app.log*");
        h.Append("app.log", "");
        h.Poll();
        h.Append("app.log", "a\n");
        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log", "b\n");
        h.Poll().Should().Equal("a", "b");
        h.Poll().Should().BeEmpty();
        File.Move(h.PathOf("app.log.1"), h.PathOf("app.log.2"));
        File.Move(h.PathOf("app.log"), h.PathOf("app.log.1"));
        h.Append("app.log", "c\n");
        h.Poll().Should().Equal("c");
        h.Poll().Should().BeEmpty();
    }

    [Fact]
    public async Task Moving_a_symbolic_link_finishes_the_old_target_then_reads_the_new_one_from_its_start()
    {
        await using var h = new TailerHarness("current.log");
        h.Append("one.log", "before\n");
        File.CreateSymbolicLink(h.PathOf("current.log"), h.PathOf("one.log"));
        h.Poll();
        h.Append("one.log", "one 1\n");
        h.Append("two.log", "two 1\n");
        File.Delete(h.PathOf("current.log"));
        File.CreateSymbolicLink(h.PathOf("current.log"), h.PathOf("two.log"));
        h.Tailer.Poll();
        h.Lines().Should().Equal(new LogLine(h.PathOf("current.log"), "one 1"), new(h.PathOf("current.log"), "two 1"));
        h.Status("current.log").Rotations.Should().Be(1);
    }

    [Fact]
    public async Task Truncation_hands_on_the_partial_line_and_reads_again_from_the_start()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Append("app.log", "1\n2\npart");
        h.Poll().Should().Equal("1", "2");
        File.WriteAllText(h.PathOf("app.log"), "");
        h.Poll().Should().Equal("part");
        h.Append("app.log", "3\n");
        h.Poll().Should().Equal("3");
        h.Status("app.log").Should().BeEquivalentTo(new { Truncations = 1, Rotations = 0, Opens = 1 });
    }

    [Fact]
    public async Task Deletion_keeps_the_file_for_the_grace_period_then_hands_on_its_partial_line()
    {
        await using var h = new TailerHarness("app.log");
        h.Append("app.log", "");
        h.Poll();
        h.Append("app.log", "1\npart");
        h.Poll().Should().Equal("1");
        File.Delete(h.PathOf("app.log"));
        h.Poll().Should().BeEmpty();
        h.Status("app.log").IsOpen.Should().BeTrue();
        h.Clock.Advance(Grace);
        h.Poll().Should().Equal("part");
        h.Status("app.log").Should().BeEquivalentTo(new { IsOpen = false, Closes = 1 });
    }

    [Fact]
    public async Task A_deleted_and_recreated_file_is_read_from_its_start()
    {
        await using var h = new TailerHarness(o => o with { RotationGracePeriod = TimeSpan.Zero }, "app.log");
        h.Append("app.log", "");
        h.Poll();
        File.Delete(h.PathOf("app.log"));
        h.Poll().Should().BeEmpty();
        h.Append("app.log", "again 1\nagain 2\n");
        h.Poll().Should().Equal("again 1", "again 2");
        h.Status("app.log").Should().BeEquivalentTo(new { Opens = 2, Closes = 1, Rotations = 1, IsOpen = true });
    }
}
