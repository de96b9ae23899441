using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

/// <summary>
/// Patterns Go 1.19's regexp rejects, with Go's exact message. The first rows are the messages
/// mtail rc50 printed in the conformance corpus (compile/*/expected-errors.txt); the 34 rows from
/// "a**" on that have a "mtail" note were checked one by one with `mtail -compile_only` (rc50).
/// </summary>
public sealed class Re2ErrorTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "foo(", "missing closing ): `foo(`" },
        { "blurg(?P<x.)", "invalid named capture: `(?P<x.)`" },
        { "blurg(?P<x>[[:alph:]])", "invalid character class range: `[:alph:]`" },
        { "*a", "missing argument to repetition operator: `*`" },
        { "a(b", "missing closing ): `a(b`" },

        { "a)", "unexpected ): `a)`" },
        { "())", "unexpected ): `())`" }, // mtail
        { "[a", "missing closing ]: `[a`" },
        { "x[a-", "missing closing ]: `[a-`" }, // mtail
        { "[]", "missing closing ]: `[]`" }, // mtail
        { "[z-a]", "invalid character class range: `z-a`" }, // mtail
        { "[[:foo:]]", "invalid character class range: `[:foo:]`" }, // mtail
        { @"\1", @"invalid escape sequence: `\1`" },
        { @"(a)\1", @"invalid escape sequence: `\1`" },
        { @"\8", @"invalid escape sequence: `\8`" }, // mtail
        { @"\Z", @"invalid escape sequence: `\Z`" }, // mtail
        { @"\C", @"invalid escape sequence: `\C`" }, // mtail
        { @"\é", @"invalid escape sequence: `\é`" },
        { @"[\b]", @"invalid escape sequence: `\b`" }, // mtail
        { @"\x{110000}", @"invalid escape sequence: `\x{110000`" }, // mtail
        { @"\xZ1", @"invalid escape sequence: `\xZ1`" }, // mtail
        { @"\x{}", @"invalid escape sequence: `\x{}`" },
        { @"\x", @"invalid escape sequence: `\x`" },
        { @"\x4", @"invalid escape sequence: `\x4`" }, // mtail
        { @"a\", "trailing backslash at end of expression: ``" },
        { "(?=x)", "invalid or unsupported Perl syntax: `(?=`" },
        { "(?!x)", "invalid or unsupported Perl syntax: `(?!`" },
        { "(?<=x)", "invalid or unsupported Perl syntax: `(?<`" },
        { "(?<!x)", "invalid or unsupported Perl syntax: `(?<`" },
        { "(?<name>x)", "invalid or unsupported Perl syntax: `(?<`" },
        { "(?>x)", "invalid or unsupported Perl syntax: `(?>`" }, // mtail
        { "(?#c)", "invalid or unsupported Perl syntax: `(?#`" }, // mtail
        { "(?P=name)", "invalid or unsupported Perl syntax: `(?P`" }, // mtail
        { "(?i", "invalid or unsupported Perl syntax: `(?i`" },
        { "(?-)", "invalid or unsupported Perl syntax: `(?-)`" },
        { "(?i-)", "invalid or unsupported Perl syntax: `(?i-)`" }, // mtail
        { "(?i-s-m)", "invalid or unsupported Perl syntax: `(?i-s-`" }, // mtail
        { "(?x)", "invalid or unsupported Perl syntax: `(?x`" }, // mtail
        { "(?P<>a)", "invalid named capture: `(?P<>`" },
        { "(?P<a-b>x)", "invalid named capture: `(?P<a-b>`" },
        { "(?P<name", "invalid named capture: `(?P<name`" }, // mtail
        { "a**", "invalid nested repetition operator: `**`" }, // mtail
        { "a*+", "invalid nested repetition operator: `*+`" },
        { "a+?+", "invalid nested repetition operator: `+?+`" }, // mtail
        { "a???", "invalid nested repetition operator: `???`" }, // mtail
        { "a{2}{3}", "invalid nested repetition operator: `{2}{3}`" },
        { "a{2}*", "invalid nested repetition operator: `{2}*`" }, // mtail
        { "a|*", "missing argument to repetition operator: `*`" },
        { "(*)", "missing argument to repetition operator: `*`" },
        { "(?i)*", "missing argument to repetition operator: `*`" },
        { "??", "missing argument to repetition operator: `??`" }, // mtail
        { "{2}", "missing argument to repetition operator: `{2}`" }, // mtail
        { "a{1001}", "invalid repeat count: `{1001}`" },
        { "a{2,1}", "invalid repeat count: `{2,1}`" },
        { "a{1000000000}", "invalid repeat count: `{1000000000}`" },
        { "(a{500}){3}", "invalid repeat count: `{3}`" }, // mtail
        { "((a{100}){10}){2}", "invalid repeat count: `{2}`" }, // mtail
        { @"\pX", @"invalid character class range: `\pX`" }, // mtail
        { @"\p", @"invalid character class range: `\p`" }, // mtail
        { @"\p{Foo}", @"invalid character class range: `\p{Foo}`" },
        { @"\p{Greek", @"invalid character class range: `\p{Greek`" }, // mtail
        { @"\p{Letter}", @"invalid character class range: `\p{Letter}`" }, // mtail
        { @"\p{greek}", @"invalid character class range: `\p{greek}`" },
        { @"\p{Toto}", @"invalid character class range: `\p{Toto}`" }, // mtail
        { @"[\p{Cn}]", @"invalid character class range: `\p{Cn}`" }, // mtail
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_patterns_fail_with_Go_error_text(string pattern, string expected)
    {
        Re2Translator.TryTranslate(pattern, out var result, out var error).Should().BeFalse();
        result.Should().BeNull();
        error.Should().Be("error parsing regexp: " + expected);
    }

    [Fact]
    public void Unpaired_surrogates_are_reported_like_invalid_UTF8_from_that_point_on()
    {
        // Not theory data: xunit would replace the lone surrogates when it serialises the rows.
        Re2Translator.TryTranslate("\uD800", out _, out var lone).Should().BeFalse();
        Re2Translator.TryTranslate("ab\uDC00cd", out _, out var inside).Should().BeFalse();
        Re2Translator.TryTranslate("[\uD83D]", out _, out var inClass).Should().BeFalse();

        lone.Should().Be("error parsing regexp: invalid UTF-8: `\uD800`");
        inside.Should().Be("error parsing regexp: invalid UTF-8: `\uDC00cd`");
        inClass.Should().Be("error parsing regexp: invalid UTF-8: `\uD83D]`");
    }

    [Fact]
    public void Nesting_deeper_than_1000_is_rejected_with_the_whole_pattern()
    {
        var pattern = new string('(', 1001) + new string(')', 1001);

        Re2Translator.TryTranslate(pattern, out _, out var error).Should().BeFalse();

        error.Should().Be("error parsing regexp: expression nests too deeply: `" + pattern + "`");
    }

    [Fact]
    public void Nesting_of_a_few_hundred_groups_is_accepted()
    {
        var pattern = new string('(', 300) + "a" + new string(')', 300);

        PatternAssert.FindSubmatch(pattern, "a")!.Should().HaveCount(301).And.AllBe("a");
    }

    [Theory]
    [InlineData("a{1000}")]
    [InlineData("a{0,1000}")]
    [InlineData("(?:a{10}){100}")]
    [InlineData("a{1000,}")]
    [InlineData("a??")]
    [InlineData("a{2}?")]
    [InlineData("(?:a*)*")]
    [InlineData("(?i-s:a)")]
    [InlineData("(?U)(?-U)a*")]
    [InlineData("()")]
    [InlineData("(|)")]
    [InlineData("^*$+")]
    [InlineData(@"\b*")]
    [InlineData("[^\\x00-\\x{10FFFF}]")]
    [InlineData("(?P<n>a)(?P<n>b)")]
    public void Valid_edge_cases_are_accepted(string pattern)
    {
        Re2Translator.TryTranslate(pattern, out var result, out var error).Should().BeTrue(because: error);
        var regex = () => new System.Text.RegularExpressions.Regex(result!.DotNetPattern, result.Options);
        regex.Should().NotThrow();
    }
}
