
namespace LogMetrics.Tests.Language.Lexing;

/// <summary>Regex mode (after a pattern's opening slash), raw bytes, and durations that need Go's own parser.</summary>
public sealed class LexerRegexAndBytesTests
{
    public static TheoryData<string, string, string> Regexes => new()
    {
        { "an escaped slash is unescaped, other escapes are kept", "/a\\/b\\d/", "REGEX a/b\\d @1:2-7" },
        { "the end of input inside a regex", "/abc", "INVALID Unterminated regular expression: \"/abc\" @1:2-4" },
        { "a newline inside a regex", "/abc\n/", "INVALID Unterminated regular expression: \"/abc\" @1:2-4" },
        { "a slash inside a character class ends the regex", "/a[/]b/", "REGEX a[ @1:2-3" },
        { "an empty regex", "//", "REGEX  @1:2-1" },
    };

    [Theory]
    [MemberData(nameof(Regexes))]
    public void Regex_bodies_lex_as_mtail_lexes_them(string description, string input, string expected)
    {
        Lexed.Regex(input).Should().Be(expected, description);
    }

    [Fact]
    public void An_invalid_utf8_byte_is_one_unexpected_replacement_character()
    {
        Lexed.Tokens([(byte)'a', 0xff, (byte)'b']).Should().Equal(
            "ID a @1:1-1",
            "INVALID Unexpected input: '\uFFFD' @1:2-2",
            "ID b @1:3-3",
            "$end  @1:4-4");
    }

    [Fact]
    public void A_byte_order_mark_is_an_unexpected_three_byte_character()
    {
        Lexed.Tokens([0xEF, 0xBB, 0xBF, (byte)'a']).Should().Equal(
            "INVALID Unexpected input: '\\ufeff' @1:1-3",
            "ID a @1:4-4",
            "$end  @1:5-5");
    }

    public static TheoryData<string, string> GoDurations => new()
    {
        { "1h30m", "DURATIONLITERAL 1h30m @1:1-5" },
        { "100ms", "DURATIONLITERAL 100ms @1:1-5" },
        { "1s2", "INVALID time: missing unit in duration \"1s2\" @1:1-3" },
    };

    [Theory]
    [MemberData(nameof(GoDurations))]
    public void Compound_durations_follow_go_parse_duration(string input, string expected)
    {
        Lexed.Tokens(input)[0].Should().Be(expected);
    }

    [Fact]
    public void A_float_literal_out_of_range_is_a_bad_number()
    {
        Lexed.Tokens("1e999")[0].Should().Be("INVALID bad number '1e999': strconv.ParseFloat: parsing \"1e999\": value out of range @1:1-5");
    }
}
