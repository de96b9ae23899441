namespace LogMetrics.Tests.Language.Patterns;

public sealed class RequiredLiteralTests
{
    [Theory]
    [InlineData("^foo bar", "foo bar")]
    [InlineData(@"^GET (\S+)", "GET ")]
    [InlineData(@"\Aab\.c+", "ab.")]
    [InlineData("^a(?i)b", "a")]
    [InlineData("^😀x", "😀x")]
    [InlineData("foo", "foo")]
    [InlineData("(?m)^foo", "foo")]
    [InlineData(@"(?P<dur>[0-9]+[.][0-9]+)", ".")]
    [InlineData(@"^(\d+) (ERROR|WARN): (?P<msg>.*) took (?P<ms>\d+)ms$", " took ")]
    [InlineData(@"a(bc)+d", "bc")]
    [InlineData(@"x(?:yz){2,3}", "yz")]
    [InlineData(@"^(\S+) \S+ (HTTP/[0-9.]+)", "HTTP/")]
    public void The_longest_text_every_match_contains_is_found(string pattern, string expected)
    {
        PatternAssert.Translate(pattern).RequiredLiteral.Should().Be(expected);
    }

    [Theory]
    [InlineData("(?i)^foo")]
    [InlineData(@"^\d+")]
    [InlineData("^foo|^bar")]
    [InlineData("^")]
    [InlineData("(abc)?")]
    [InlineData("(?:abc)*")]
    [InlineData("x{0,3}")]
    public void Patterns_that_promise_no_text_have_none(string pattern)
    {
        PatternAssert.Translate(pattern).RequiredLiteral.Should().BeNull();
    }

    [Fact]
    public void A_quantifier_keeps_only_the_text_before_the_repeated_rune()
    {
        // The parser merges "fo" into one literal; the starred 'o' stays separate.
        PatternAssert.Translate("^foo*").RequiredLiteral.Should().Be("fo");
    }
}
