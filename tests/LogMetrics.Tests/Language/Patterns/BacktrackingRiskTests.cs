using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

/// <summary>The static check that picks a regex engine per pattern (docs/reliability.md).</summary>
public sealed class BacktrackingRiskTests
{
    [Theory]
    [InlineData("(a+)+$")]
    [InlineData("(x+x+)+y")]
    [InlineData("(a|ab)*c")]
    [InlineData("(a*)*b")]
    [InlineData("(?:\\d+\\.)+x")]
    [InlineData("(\\w+\\s?)*$")]
    [InlineData("(a?){2,}b")]
    public void Nested_or_ambiguous_repetition_is_exponential(string pattern) =>
        Risk(pattern).Should().Be(BacktrackingRisk.Exponential);

    [Theory]
    [InlineData("^(.*),(.*),(.*)x$")]
    [InlineData(".*a.*b")]
    [InlineData("x+x+y")]
    [InlineData("\\d+\\d*$")]
    [InlineData("(?i)a*A+b")]
    [InlineData("^\"(.*?)\" \"(.*?)\"$")]
    public void Overlapping_quantifiers_in_sequence_are_polynomial(string pattern) =>
        Risk(pattern).Should().Be(BacktrackingRisk.Polynomial);

    [Theory]
    [InlineData("^(\\S+) (\\S+) (\\S+) \\[([^\\]]+)\\]")]
    [InlineData("(?P<dur>[0-9]+[.][0-9]+)")]
    [InlineData("^(\\d+) (\\d+)$")]
    [InlineData("(abc)+d")]
    [InlineData("a.*b")]
    [InlineData("[a-z]+=[0-9]+")]
    [InlineData("(?:ab){3}c+")]
    public void Patterns_where_one_quantifier_owns_each_stretch_are_low(string pattern) =>
        Risk(pattern).Should().Be(BacktrackingRisk.Low);

    [Theory]
    [InlineData("\\bword\\b", true)]
    [InlineData("a\\Bb", true)]
    [InlineData("word", false)]
    public void Word_boundaries_are_reported_because_the_linear_engine_cannot_run_their_lookaround(string pattern, bool expected) =>
        Translate(pattern).HasWordBoundary.Should().Be(expected);

    static BacktrackingRisk Risk(string pattern) => Translate(pattern).BacktrackingRisk;

    static TranslatedPattern Translate(string pattern) =>
        Re2Translator.TryTranslate(pattern, out var translated, out var error) ? translated : throw new InvalidOperationException(error);
}
