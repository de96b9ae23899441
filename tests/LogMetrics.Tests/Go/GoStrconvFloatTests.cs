using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoStrconvFloatTests
{
    public static TheoryData<string, double> ValidFloats => new()
    {
        { "1", 1 },
        { "+1", 1 },
        { "-1", -1 },
        { "1.5", 1.5 },
        { "-0.25", -0.25 },
        { "1e3", 1000 },
        { "1E3", 1000 },
        { "1e+3", 1000 },
        { "12.5", 12.5 },
        { "5.", 5 },
        { ".5", 0.5 },
        { "1.e1", 10 },
        { "0001.5000", 1.5 },
        { "1e23", 1e23 },
        { "100000000000000000000000", 1e23 },
        { "99999999999999974834176", 9.999999999999997e+22 },
        { "100000000000000008388608", 1.0000000000000001e+23 },
        { "100000000000000016777215", 1.0000000000000001e+23 },
        { "100000000000000016777216", 1.0000000000000003e+23 },
        { "1e308", 1e308 },
        { "1.7976931348623157e308", double.MaxValue },
        { "4.940656458412465441765687928682213723651e-324", double.Epsilon },
        { "2.4703282292062e-324", 0 },
        { "1e-350", 0 },
        { "1e-4294967296", 0 },
        { "1e-18446744073709551616", 0 },
        { "0.1", 0.1 },
        { "1_23.50_0_0e+1_2", 1.235e+14 },
        { "0x1p0", 1 },
        { "0x1p-2", 0.25 },
        { "0x1P-2", 0.25 },
        { "0X1p+2", 4 },
        { "0x1.8p1", 3 },
        { "0x.8p1", 1 },
        { "0x10p0", 16 },
        { "-0x1p-2", -0.25 },
        { "0x_1_2.3_4_5p+1_2", 74565 },
        { "0x1p-1074", double.Epsilon },
        { "0x1p-1075", 0 },
        { "0x1.8p-1074", 2 * double.Epsilon },
        { "0x1.fffffffffffffp1023", double.MaxValue },
        { "0x1.00000000000008p0", 1 },
        { "0x1.00000000000018p0", 1.0000000000000004 },
        { "0x1.000000000000080000001p0", 1.0000000000000002 },
        { "inf", double.PositiveInfinity },
        { "Inf", double.PositiveInfinity },
        { "+Inf", double.PositiveInfinity },
        { "-Inf", double.NegativeInfinity },
        { "+INF", double.PositiveInfinity },
        { "infinity", double.PositiveInfinity },
        { "-Infinity", double.NegativeInfinity },
    };

    [Theory]
    [MemberData(nameof(ValidFloats))]
    public void TryParseFloat_parses_like_ParseFloat(string s, double expected)
    {
        GoStrconv.TryParseFloat(s, out var value, out var error).Should().BeTrue();
        error.Should().BeNull();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("NAN")]
    public void TryParseFloat_accepts_NaN_in_any_case(string s)
    {
        GoStrconv.TryParseFloat(s, out var value, out _).Should().BeTrue();
        double.IsNaN(value).Should().BeTrue();
    }

    [Fact]
    public void TryParseFloat_keeps_the_sign_of_negative_zero()
    {
        GoStrconv.TryParseFloat("-0", out var value, out _).Should().BeTrue();
        double.IsNegative(value).Should().BeTrue();
        GoStrconv.TryParseFloat("-0x0p0", out var hex, out _).Should().BeTrue();
        double.IsNegative(hex).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("xyz")]
    [InlineData("1x")]
    [InlineData("1.1.")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("e5")]
    [InlineData(".e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1e+x")]
    [InlineData("+nan")]
    [InlineData("-nan")]
    [InlineData("infinit")]
    [InlineData("infx")]
    [InlineData("in")]
    [InlineData("++1")]
    [InlineData("0x")]
    [InlineData("0x1")]
    [InlineData("0x1p")]
    [InlineData("0x1.8")]
    [InlineData("0xp1")]
    [InlineData("0x1e5")]
    [InlineData("1p5")]
    [InlineData("-_123.5e+12")]
    [InlineData("+_123.5e+12")]
    [InlineData("_123.5e+12")]
    [InlineData("1__23.5e+12")]
    [InlineData("123_.5e+12")]
    [InlineData("123._5e+12")]
    [InlineData("123.5_e+12")]
    [InlineData("123.5__0e+12")]
    [InlineData("123.5e_+12")]
    [InlineData("123.5e+_12")]
    [InlineData("123.5e+12_")]
    [InlineData("1,5")]
    [InlineData("\u0661")]
    public void TryParseFloat_reports_invalid_syntax(string s)
    {
        GoStrconv.TryParseFloat(s, out var value, out var error).Should().BeFalse();
        error.Should().Be("strconv.ParseFloat: parsing " + GoQuote.String(s) + ": invalid syntax");
        value.Should().Be(0);
    }

    [Theory]
    [InlineData("2e308", double.PositiveInfinity)]
    [InlineData("1e309", double.PositiveInfinity)]
    [InlineData("-1e309", double.NegativeInfinity)]
    [InlineData("1e+4294967296", double.PositiveInfinity)]
    [InlineData("1.7976931348623159e308", double.PositiveInfinity)]
    [InlineData("0x1p1024", double.PositiveInfinity)]
    [InlineData("-0x1p1024", double.NegativeInfinity)]
    [InlineData("0x1.fffffffffffff8p1023", double.PositiveInfinity)]
    public void TryParseFloat_reports_range_errors_with_infinities(string s, double expected)
    {
        GoStrconv.TryParseFloat(s, out var value, out var error).Should().BeFalse();
        error.Should().Be($"strconv.ParseFloat: parsing \"{s}\": value out of range");
        value.Should().Be(expected);
    }
}
