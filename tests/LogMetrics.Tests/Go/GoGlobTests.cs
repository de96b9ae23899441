using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoGlobTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("logmetrics-glob-").FullName;

    public GoGlobTests()
    {
        foreach (var name in new[] { "log1", "log2", "1log", "log1.gz", "a[b].log" })
        {
            File.WriteAllText(Path.Combine(_dir, name), "");
        }
        Directory.CreateDirectory(Path.Combine(_dir, "app", "log"));
        File.WriteAllText(Path.Combine(_dir, "app", "log", "x.log"), "");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string[] Names(string pattern) => [.. GoGlob.Expand(Path.Combine(_dir, pattern)).Select(p => Path.GetRelativePath(_dir, p))];

    [Fact]
    public void Star_matches_within_one_component_in_name_order() =>
        Names("log*").Should().Equal("log1", "log1.gz", "log2");

    [Fact]
    public void Question_mark_matches_one_character() =>
        Names("log?").Should().Equal("log1", "log2");

    [Fact]
    public void Character_classes_and_negation_with_a_caret() =>
        Names("log[^2]").Should().Equal("log1");

    [Fact]
    public void Wildcards_work_in_directory_components() =>
        Names("*/log/*.log").Should().Equal(Path.Combine("app", "log", "x.log"));

    [Fact]
    public void A_plain_path_is_returned_only_when_it_exists()
    {
        Names("log1").Should().Equal("log1");
        Names("missing").Should().BeEmpty();
    }

    [Fact]
    public void An_escaped_bracket_is_literal() =>
        Names(@"a\[b\].log").Should().Equal("a[b].log");

    [Theory]
    [InlineData("/var/log/app.log", "/var/log/app.log", true)]
    [InlineData("/var/log/app.log", "/var/log/app.log.1", false)]
    [InlineData("/var/log/*.log", "/var/log/app.log", true)]
    [InlineData("/var/log/*.log", "/var/log/sub/app.log", false)]
    [InlineData("/var/*/app.log", "/var/log/app.log", true)]
    [InlineData("/var/log/app.log.[0-9]", "/var/log/app.log.1", true)]
    [InlineData("/var/log/app.log.[^0-9]", "/var/log/app.log.1", false)]
    [InlineData("/var/log/a?p.log", "/var/log/app.log", true)]
    public void Matches_tells_whether_a_path_would_be_expanded_even_when_it_does_not_exist(string pattern, string path, bool expected) =>
        GoGlob.Matches(pattern, path).Should().Be(expected);
}
