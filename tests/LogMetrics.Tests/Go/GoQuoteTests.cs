using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoQuoteTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("abc", "\"abc\"")]
    [InlineData("\"foo", "\"\\\"foo\"")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("\\", "\"\\\\\"")]
    [InlineData("\a\b\f\r\n\t\v", "\"\\a\\b\\f\\r\\n\\t\\v\"")]
    [InlineData("\u0004", "\"\\x04\"")]
    [InlineData("\u007f", "\"\\x7f\"")]
    [InlineData("\u263a", "\"\u263a\"")]
    [InlineData("caf\u00e9", "\"caf\u00e9\"")]
    [InlineData("!\u00a0!\u2000!\u3000!", "\"!\\u00a0!\\u2000!\\u3000!\"")]
    [InlineData("\ufeff", "\"\\ufeff\"")]
    [InlineData("\U0010ffff", "\"\\U0010ffff\"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    [InlineData("\ufffd", "\"\ufffd\"")]
    public void String_quotes_like_strconv_Quote(string input, string expected) =>
        GoQuote.String(input).Should().Be(expected);

    [Fact]
    public void String_shows_a_lone_surrogate_as_the_invalid_bytes_Go_would_see()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate.
        var input = "a" + (char)0xD800 + "b";
        GoQuote.String(input).Should().Be("\"a\\xed\\xa0\\x80b\"");
        GoQuote.TimeString(input).Should().Be("\"a\\xed\\xa0\\x80b\"");
    }

    [Theory]
    [InlineData('a', "'a'")]
    [InlineData('?', "'?'")]
    [InlineData('\a', "'\\a'")]
    [InlineData('\\', "'\\\\'")]
    [InlineData('\'', "'\\''")]
    [InlineData('"', "'\"'")]
    [InlineData(0xFF, "'\u00ff'")]
    [InlineData(0x263a, "'\u263a'")]
    [InlineData(0xFEFF, "'\\ufeff'")]
    [InlineData(0xFFFD, "'\ufffd'")]
    [InlineData(0xDEAD, "'\ufffd'")]
    [InlineData(0x10FFFF, "'\\U0010ffff'")]
    [InlineData(0x110000, "'\ufffd'")]
    [InlineData(-1, "'\ufffd'")]
    [InlineData(0x04, "'\\x04'")]
    [InlineData(0x7F, "'\\x7f'")]
    [InlineData(0x85, "'\\u0085'")]
    [InlineData(0x2424, "'\u2424'")]
    public void Rune_quotes_like_strconv_QuoteRune(int rune, string expected) =>
        GoQuote.Rune(rune).Should().Be(expected);

    [Theory]
    [InlineData("bogus", "\"bogus\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("1\u00b5x", "\"1\\xc2\\xb5x\"")]
    [InlineData("\t", "\"\\x09\"")]
    [InlineData("\u007f", "\"\u007f\"")]
    [InlineData("\ufffd", "\"\\xef\\xbf\\xbd\"")]
    public void TimeString_quotes_like_the_time_package(string input, string expected) =>
        GoQuote.TimeString(input).Should().Be(expected);

    [Theory]
    [InlineData(' ', true)]
    [InlineData('~', true)]
    [InlineData(0xA0, false)]
    [InlineData(0x2028, false)]
    [InlineData(0xAD, false)]
    [InlineData(0xE000, false)]
    [InlineData(0x0301, true)]
    public void IsPrint_follows_strconv_IsPrint(int rune, bool expected) =>
        GoQuote.IsPrint(rune).Should().Be(expected);
}
