namespace LogMetrics.Tests.Language.Patterns;

public sealed class RequiredPrefixTests
{
    [Theory]
    [InlineData("^foo bar", "foo bar")]
    [InlineData(@"^GET (\S+)", "GET ")]
    [InlineData(@"\Aab\.c+", "ab.")]
    [InlineData("^a(?i)b", "a")]
    [InlineData("^😀x", "😀x")]
    public void Anchored_literal_text_is_reported(string pattern, string expected)
    {
        PatternAssert.Translate(pattern).RequiredPrefix.Should().Be(expected);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("(?m)^foo")]
    [InlineData("(?i)^foo")]
    [InlineData(@"^\d+")]
    [InlineData("^foo|^bar")]
    [InlineData("^")]
    public void Unanchored_or_case_insensitive_patterns_have_no_prefix(string pattern)
    {
        PatternAssert.Translate(pattern).RequiredPrefix.Should().BeNull();
    }

    [Fact]
    public void A_quantifier_keeps_only_the_text_before_the_repeated_rune()
    {
        // The parser merges "fo" into one literal; the starred 'o' stays separate.
        PatternAssert.Translate("^foo*").RequiredPrefix.Should().Be("fo");
    }
}
