using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoStrconvFormatTests
{
    public static TheoryData<double, string> ShortestG => new()
    {
        { 0, "0" },
        { -0.0, "-0" },
        { 1, "1" },
        { -1, "-1" },
        { 12, "12" },
        { 100, "100" },
        { 100000, "100000" },
        { 123456, "123456" },
        { 999999, "999999" },
        { 1e6, "1e+06" },
        { 1234567, "1.234567e+06" },
        { 12345678, "1.2345678e+07" },
        { 123456789, "1.23456789e+08" },
        { 3.486784401e9, "3.486784401e+09" },
        { 1557832205, "1.557832205e+09" },
        { 1e21, "1e+21" },
        { 1e100, "1e+100" },
        { 1e-100, "1e-100" },
        { 123456.7, "123456.7" },
        { 0.5, "0.5" },
        { 1.5, "1.5" },
        { -1.5, "-1.5" },
        { 3.75, "3.75" },
        { 0.1, "0.1" },
        { 0.3, "0.3" },
        { 0.1 + 0.2, "0.30000000000000004" },
        { 1.0 / 3, "0.3333333333333333" },
        { 0.0001, "0.0001" },
        { 0.000123, "0.000123" },
        { 0.00001, "1e-05" },
        { 2.5e-5, "2.5e-05" },
        { 1e-7, "1e-07" },
        { 5e-324, "5e-324" },
        { double.MaxValue, "1.7976931348623157e+308" },
        { 9007199254740993, "9.007199254740992e+15" },
        { double.PositiveInfinity, "+Inf" },
        { double.NegativeInfinity, "-Inf" },
        { double.NaN, "NaN" },
    };

    [Theory]
    [MemberData(nameof(ShortestG))]
    public void FormatFloatG_prints_like_FormatFloat_g_minus_one(double value, string expected) =>
        GoStrconv.FormatFloatG(value).Should().Be(expected);

    [Theory]
    [InlineData(1e6, 'G', "1E+06")]
    [InlineData(1.5e-7, 'G', "1.5E-07")]
    [InlineData(123.25, 'G', "123.25")]
    [InlineData(double.PositiveInfinity, 'G', "+Inf")]
    [InlineData(1, 'e', "1e+00")]
    [InlineData(0, 'e', "0e+00")]
    [InlineData(1234.5678, 'e', "1.2345678e+03")]
    [InlineData(1e-100, 'E', "1E-100")]
    [InlineData(-2.5e-5, 'e', "-2.5e-05")]
    [InlineData(1e21, 'f', "1000000000000000000000")]
    [InlineData(0.000001, 'f', "0.000001")]
    [InlineData(1.5, 'f', "1.5")]
    [InlineData(0, 'f', "0")]
    [InlineData(-0.0, 'f', "-0")]
    [InlineData(123456789, 'f', "123456789")]
    public void FormatFloat_supports_the_other_shortest_formats(double value, char format, string expected) =>
        GoStrconv.FormatFloat(value, format).Should().Be(expected);

    [Fact]
    public void FormatFloat_rejects_formats_it_does_not_implement()
    {
        var act = () => GoStrconv.FormatFloat(1, 'x');
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(2.0 / 3)]
    [InlineData(1e23)]
    [InlineData(123456.789e-300)]
    [InlineData(4.35e-7)]
    public void FormatFloatG_round_trips_through_TryParseFloat(double value)
    {
        GoStrconv.TryParseFloat(GoStrconv.FormatFloatG(value), out var back, out _).Should().BeTrue();
        back.Should().Be(value);
    }
}
