using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoStrconvIntTests
{
    [Theory]
    [InlineData("0", 10, 0L)]
    [InlineData("-0", 10, 0L)]
    [InlineData("1", 10, 1L)]
    [InlineData("+1", 10, 1L)]
    [InlineData("-1", 10, -1L)]
    [InlineData("12345", 10, 12345L)]
    [InlineData("-12345", 10, -12345L)]
    [InlineData("012345", 10, 12345L)]
    [InlineData("-012345", 10, -12345L)]
    [InlineData("98765432100", 10, 98765432100L)]
    [InlineData("9223372036854775807", 10, long.MaxValue)]
    [InlineData("-9223372036854775807", 10, -long.MaxValue)]
    [InlineData("-9223372036854775808", 10, long.MinValue)]
    [InlineData("ff", 16, 255L)]
    [InlineData("FF", 16, 255L)]
    [InlineData("0777", 8, 511L)]
    [InlineData("077", 8, 63L)]
    [InlineData("101", 2, 5L)]
    [InlineData("zz", 36, 1295L)]
    [InlineData("ZZ", 36, 1295L)]
    [InlineData("7fffffffffffffff", 16, long.MaxValue)]
    [InlineData("-8000000000000000", 16, long.MinValue)]
    [InlineData("0x10", 0, 16L)]
    [InlineData("0X10", 0, 16L)]
    [InlineData("-0x10", 0, -16L)]
    [InlineData("0b101", 0, 5L)]
    [InlineData("0B101", 0, 5L)]
    [InlineData("0o17", 0, 15L)]
    [InlineData("017", 0, 15L)]
    [InlineData("0", 0, 0L)]
    [InlineData("00", 0, 0L)]
    [InlineData("1_000", 0, 1000L)]
    [InlineData("0x_1_2", 0, 18L)]
    [InlineData("0_1_2", 0, 10L)]
    [InlineData("-1_2_3_4_5", 0, -12345L)]
    public void TryParseInt_parses_like_ParseInt(string s, int @base, long expected)
    {
        GoStrconv.TryParseInt(s, @base, out var value, out var error).Should().BeTrue();
        error.Should().BeNull();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("", 10, "strconv.ParseInt: parsing \"\": invalid syntax")]
    [InlineData("-", 10, "strconv.ParseInt: parsing \"-\": invalid syntax")]
    [InlineData("+", 10, "strconv.ParseInt: parsing \"+\": invalid syntax")]
    [InlineData("+-5", 10, "strconv.ParseInt: parsing \"+-5\": invalid syntax")]
    [InlineData(" 5", 10, "strconv.ParseInt: parsing \" 5\": invalid syntax")]
    [InlineData("5 ", 10, "strconv.ParseInt: parsing \"5 \": invalid syntax")]
    [InlineData("notanumber", 10, "strconv.ParseInt: parsing \"notanumber\": invalid syntax")]
    [InlineData("3.5", 10, "strconv.ParseInt: parsing \"3.5\": invalid syntax")]
    [InlineData("123%45", 10, "strconv.ParseInt: parsing \"123%45\": invalid syntax")]
    [InlineData("0x1F", 16, "strconv.ParseInt: parsing \"0x1F\": invalid syntax")]
    [InlineData("2", 2, "strconv.ParseInt: parsing \"2\": invalid syntax")]
    [InlineData("8", 8, "strconv.ParseInt: parsing \"8\": invalid syntax")]
    [InlineData("1_000", 10, "strconv.ParseInt: parsing \"1_000\": invalid syntax")]
    [InlineData("-_12345", 0, "strconv.ParseInt: parsing \"-_12345\": invalid syntax")]
    [InlineData("_12345", 0, "strconv.ParseInt: parsing \"_12345\": invalid syntax")]
    [InlineData("1__2345", 0, "strconv.ParseInt: parsing \"1__2345\": invalid syntax")]
    [InlineData("12345_", 0, "strconv.ParseInt: parsing \"12345_\": invalid syntax")]
    [InlineData("0x", 0, "strconv.ParseInt: parsing \"0x\": invalid syntax")]
    [InlineData("0x_", 0, "strconv.ParseInt: parsing \"0x_\": invalid syntax")]
    [InlineData("0b2", 0, "strconv.ParseInt: parsing \"0b2\": invalid syntax")]
    [InlineData("08", 0, "strconv.ParseInt: parsing \"08\": invalid syntax")]
    [InlineData("\u0661", 10, "strconv.ParseInt: parsing \"\u0661\": invalid syntax")]
    [InlineData("\u00e9", 10, "strconv.ParseInt: parsing \"\u00e9\": invalid syntax")]
    [InlineData("5", 1, "strconv.ParseInt: parsing \"5\": invalid base 1")]
    [InlineData("5", 37, "strconv.ParseInt: parsing \"5\": invalid base 37")]
    [InlineData("-5", -1, "strconv.ParseInt: parsing \"-5\": invalid base -1")]
    [InlineData("", 1, "strconv.ParseInt: parsing \"\": invalid syntax")]
    public void TryParseInt_reports_syntax_and_base_errors(string s, int @base, string expected)
    {
        GoStrconv.TryParseInt(s, @base, out var value, out var error).Should().BeFalse();
        error.Should().Be(expected);
        value.Should().Be(0);
    }

    [Theory]
    [InlineData("9223372036854775808", 10, long.MaxValue)]
    [InlineData("-9223372036854775809", 10, long.MinValue)]
    [InlineData("18446744073709551616", 10, long.MaxValue)]
    [InlineData("99999999999999999999x", 10, long.MaxValue)]
    [InlineData("8000000000000000", 16, long.MaxValue)]
    [InlineData("ffffffffffffffffff", 16, long.MaxValue)]
    [InlineData("-ffffffffffffffffff", 16, long.MinValue)]
    public void TryParseInt_clamps_out_of_range_values_and_reports_range(string s, int @base, long clamped)
    {
        GoStrconv.TryParseInt(s, @base, out var value, out var error).Should().BeFalse();
        error.Should().Be($"strconv.ParseInt: parsing \"{s}\": value out of range");
        value.Should().Be(clamped);
    }
}
