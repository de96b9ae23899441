using LogMetrics.Tailing;

namespace LogMetrics.Tests.Tailing;

/// <summary>More files than <see cref="TailerOptions.MaxOpenFiles"/>: parked files keep their place and are reopened by identity.</summary>
public sealed class TailerDescriptorTests
{
    static TailerHarness Harness() => new(o => o with { MaxOpenFiles = 4 }, "*.log");

    [Fact]
    public async Task Forty_files_through_four_descriptors_are_read_exactly_polled_again_and_again()
    {
        await using var h = Harness();
        h.Poll();
        var expected = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 40; i++)
            {
                h.Append($"f{i}.log", $"{round}-{i}\n");
                expected.Add($"{round}-{i}");
            }
            var lines = h.Poll();
            h.Poll();
            lines.Should().BeEquivalentTo(expected.Skip(round * 40), $"round {round}");
            h.Tailer.OpenFiles.Should().BeLessThanOrEqualTo(4);
        }
        h.Tailer.OpensDeferred.Should().Be(0, "parking always makes room for a regular file");
    }

    [Fact]
    public async Task A_parked_file_keeps_its_partial_line_and_is_read_again_when_rewritten_to_the_same_size()
    {
        await using var h = Harness();
        h.Poll();
        h.Append("a.log", "line 11\nhal");
        h.Poll().Should().Equal("line 11");
        ParkEverything(h);

        h.Append("a.log", "f\n");
        h.Poll().Should().Equal("half");
        ParkEverything(h);

        File.WriteAllText(h.PathOf("a.log"), "line 22\nline 33\n"); // the same 16 bytes, other content
        h.Poll().Should().Equal("line 22", "line 33");
        h.Status("a.log").Truncations.Should().Be(1);
    }

    [Fact]
    public async Task A_parked_file_renamed_and_written_to_is_read_to_its_end_before_the_new_file()
    {
        await using var h = Harness();
        h.Poll();
        h.Append("a.log", "1\n");
        h.Poll().Should().Equal("1");
        ParkEverything(h);

        using (var old = new FileStream(h.PathOf("a.log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            File.Move(h.PathOf("a.log"), h.PathOf("a.log.1"));
            old.Write("2\n"u8);
        }
        h.Append("a.log", "3\n");

        h.Poll().Should().Equal("2", "3");
        h.Status("a.log").Rotations.Should().Be(1);
    }

    [Fact]
    public async Task A_parked_file_that_does_not_change_is_not_reopened()
    {
        await using var h = Harness();
        h.Poll();
        for (var i = 0; i < 8; i++)
        {
            h.Append($"f{i}.log", "x\n");
        }
        h.Poll();
        h.Poll();
        var open = h.Tailer.OpenFiles;

        for (var i = 0; i < 5; i++)
        {
            h.Poll().Should().BeEmpty();
        }

        h.Tailer.OpenFiles.Should().Be(open).And.BeLessThanOrEqualTo(4);
    }

    // Fills the four descriptors with other files that each get a line, so every earlier file is parked.
    static void ParkEverything(TailerHarness h)
    {
        for (var i = 0; i < 8; i++)
        {
            h.Append($"other{i}.log", "o\n");
            h.Poll();
        }
    }
}
