using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

public sealed class GroupNumberingTests
{
    // The log-line regex of mtail's examples/rsyncd.mtail: unnamed and named groups mixed.
    private const string Rsyncd =
        @"^(?P<date>\d+/\d+/\d+ \d+:\d+:\d+) \[(?P<pid>\d+)\] (?:(\d+\.\d+\.\d+\.\d+) )?(\w+) (?P<operation>send|recv) (?P<module>[^ ]+) (?P<filename>[^ ]+) (?P<bytes>\d+)$";

    [Fact]
    public void Named_groups_are_renumbered_left_to_right_with_unnamed_ones()
    {
        var groups = PatternAssert.Translate(Rsyncd).Groups;

        groups.Select(g => (g.Index, g.Name)).Should().Equal(
            (1, "date"), (2, "pid"), (3, null), (4, null), (5, "operation"), (6, "module"), (7, "filename"), (8, "bytes"));
        groups.Select(g => g.Type).Should().Equal(
            CaptureType.String, CaptureType.Int, CaptureType.String, CaptureType.String,
            CaptureType.String, CaptureType.String, CaptureType.String, CaptureType.Int);
    }

    [Fact]
    public void DotNet_group_numbers_equal_Go_group_numbers()
    {
        var line = "2024/01/02 03:04:05 [123] 10.0.0.1 host send mod file.txt 4096";

        PatternAssert.FindSubmatch(Rsyncd, line).Should().Equal(
            line, "2024/01/02 03:04:05", "123", "10.0.0.1", "host", "send", "mod", "file.txt", "4096");
    }

    [Fact]
    public void Nested_groups_are_numbered_by_opening_parenthesis()
    {
        PatternAssert.FindSubmatch("((?P<a>x)(y(?P<b>z)))", "xyz").Should().Equal("xyz", "xyz", "x", "yz", "z");
    }

    [Fact]
    public void Names_map_to_their_leftmost_index()
    {
        var translated = PatternAssert.Translate("(a)(?P<n>b)(?P<n>c)");

        translated.TryGetGroupIndex("n", out var index).Should().BeTrue();
        index.Should().Be(2);
        translated.TryGetGroupIndex("missing", out _).Should().BeFalse();
    }

    [Fact]
    public void The_DotNet_pattern_has_no_named_groups()
    {
        var translated = PatternAssert.Translate("(?P<a>x)(?P<b>y)");
        var regex = new System.Text.RegularExpressions.Regex(translated.DotNetPattern, translated.Options);

        regex.GetGroupNames().Should().Equal("0", "1", "2");
    }
}
