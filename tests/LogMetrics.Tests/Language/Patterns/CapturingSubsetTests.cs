using System.Text.RegularExpressions;
using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

/// <summary>Only the groups a program reads need to capture; the others become non-capturing.</summary>
public sealed class CapturingSubsetTests
{
    static TranslatedPattern Translate(string pattern) =>
        Re2Translator.TryTranslate(pattern, out var result, out var error) ? result : throw new InvalidOperationException(error);

    [Fact]
    public void Unread_groups_become_non_capturing_and_read_groups_are_renumbered()
    {
        var pattern = Translate("(a)(?P<x>b)(c)");

        var text = pattern.DotNetPatternCapturing(new HashSet<int> { 2 }, out var map);

        text.Should().Be("(?:a)(b)(?:c)");
        map.Should().BeEquivalentTo(new Dictionary<int, int> { [0] = 0, [2] = 1 });
        new Regex(text).Match("abc").Groups[map[2]].Value.Should().Be("b");
    }

    [Fact]
    public void Nested_groups_keep_their_go_numbers_through_the_map()
    {
        var pattern = Translate(@"^(\w+) ((\d+)|-) (\S+)$");

        var text = pattern.DotNetPatternCapturing(new HashSet<int> { 3, 4 }, out var map);
        var match = new Regex(text).Match("GET 200 /x");

        match.Groups[map[3]].Value.Should().Be("200");
        match.Groups[map[4]].Value.Should().Be("/x");
    }

    [Fact]
    public void With_no_group_read_nothing_captures()
    {
        var text = Translate("(a)(b)").DotNetPatternCapturing(new HashSet<int>(), out var map);

        text.Should().Be("(?:a)(?:b)");
        map.Should().BeEquivalentTo(new Dictionary<int, int> { [0] = 0 });
    }
}
