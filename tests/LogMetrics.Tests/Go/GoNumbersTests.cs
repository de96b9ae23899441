using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoNumbersTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("+42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0X1f", 31L)]
    [InlineData("0o17", 15L)]
    [InlineData("017", 15L)]
    [InlineData("0b101", 5L)]
    [InlineData("1_000", 1000L)]
    [InlineData("0x_1f", 31L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Parse_int_accepts_what_go_strconv_accepts_with_base_0(string text, long expected)
    {
        GoNumbers.ParseInt(text, out var value).Should().Be(GoNumberError.None);
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("", GoNumberError.Syntax)]
    [InlineData("-", GoNumberError.Syntax)]
    [InlineData("x", GoNumberError.Syntax)]
    [InlineData("1.5", GoNumberError.Syntax)]
    [InlineData("08", GoNumberError.Syntax)]
    [InlineData("0x", GoNumberError.Syntax)]
    [InlineData("1__0", GoNumberError.Syntax)]
    [InlineData("_1", GoNumberError.Syntax)]
    [InlineData("1_", GoNumberError.Syntax)]
    [InlineData(" 1", GoNumberError.Syntax)]
    [InlineData("٣", GoNumberError.Syntax)]
    [InlineData("9223372036854775808", GoNumberError.Range)]
    [InlineData("-9223372036854775809", GoNumberError.Range)]
    [InlineData("99999999999999999999", GoNumberError.Range)]
    public void Parse_int_rejects_what_go_rejects(string text, GoNumberError error)
    {
        GoNumbers.ParseInt(text, out _).Should().Be(error);
    }

    [Theory]
    [InlineData("12", GoNumberError.None)]
    [InlineData("-3", GoNumberError.None)]
    [InlineData("0x10", GoNumberError.Syntax)]
    [InlineData("1_0", GoNumberError.Syntax)]
    [InlineData("", GoNumberError.Syntax)]
    [InlineData("99999999999999999999", GoNumberError.Range)]
    public void Atoi_is_plain_base_10(string text, GoNumberError error)
    {
        GoNumbers.Atoi(text, out _).Should().Be(error);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("tab\tnew\n", "\"tab\\tnew\\n\"")]
    [InlineData("\u0001\u007f", "\"\\x01\\x7f\"")]
    [InlineData("é µs", "\"é µs\"")]
    [InlineData("\u00a0\u200b", "\"\\u00a0\\u200b\"")]
    public void Quote_matches_gos_percent_q(string text, string quoted)
    {
        GoQuote.String(text).Should().Be(quoted);
    }
}
