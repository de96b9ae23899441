using System.Text.RegularExpressions;
using LogMetrics.Metrics;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Docs;

/// <summary>
/// docs/language.md's examples cannot rot: every ```mtail block compiles and loads, and every
/// ```mtail-error block fails with the message its first line quotes.
/// </summary>
public sealed partial class LanguageDocTests
{
    static readonly string DocPath = Path.Combine(SharedCorpus.RepositoryRoot!, "docs", "language.md");

    public static TheoryData<int> Programs() => new(Blocks().Where(b => b.Kind == "mtail").Select(b => b.Line));

    public static TheoryData<int> Errors() => new(Blocks().Where(b => b.Kind == "mtail-error").Select(b => b.Line));

    [Theory]
    [MemberData(nameof(Programs))]
    public void The_example_compiles(int line)
    {
        var block = Blocks().Single(b => b.Line == line);

        var result = ProgramHarness.TryLoad(block.Source, $"language.md:{line}", new MetricStore());

        result.Succeeded.Should().BeTrue($"the example at docs/language.md:{line} compiles: {string.Join("; ", result.Diagnostics)}{result.StoreError}");
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void The_error_example_fails_with_the_message_it_shows(int line)
    {
        var block = Blocks().Single(b => b.Line == line);
        var firstLine = block.Source.Split('\n')[0];
        firstLine.Should().StartWith("# ", "an mtail-error block starts with the message as a comment");
        var expected = firstLine[2..];

        var result = ProgramHarness.TryLoad(block.Source, $"language.md:{line}", new MetricStore());

        result.Succeeded.Should().BeFalse($"the example at docs/language.md:{line} must not compile");
        result.Diagnostics.Select(d => d.Message).Should().Contain(message => message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_builtin_has_an_example_section()
    {
        var text = File.ReadAllText(DocPath);
        var builtins = LogMetrics.Language.Lexing.Keywords.Builtins.Append("defined");

        builtins.Should().AllSatisfy(name => text.Should().Contain($"### `{name}`"));
    }

    [Fact]
    public void Every_keyword_is_documented()
    {
        var text = File.ReadAllText(DocPath);

        LogMetrics.Language.Lexing.Keywords.Reserved.Keys.Should().AllSatisfy(keyword => text.Should().Contain($"`{keyword}"));
    }

    static IEnumerable<(string Kind, int Line, string Source)> Blocks()
    {
        var text = File.ReadAllText(DocPath);
        foreach (Match match in Fence().Matches(text))
        {
            var line = text.AsSpan(0, match.Index).Count('\n') + 1;
            yield return (match.Groups["kind"].Value, line, match.Groups["body"].Value);
        }
    }

    [GeneratedRegex(@"^```(?<kind>mtail(?:-error)?)\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
