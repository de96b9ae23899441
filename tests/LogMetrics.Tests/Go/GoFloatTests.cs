using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoFloatTests
{
    // Expected strings are what Go's strconv.FormatFloat(v, 'g', -1, 64) prints.
    public static TheoryData<string, double, string> GCases => new()
    {
        { "zero", 0.0, "0" },
        { "negative zero", -0.0, "-0" },
        { "one", 1.0, "1" },
        { "six digits stay plain", 100000.0, "100000" },
        { "999999 stays plain", 999999.0, "999999" },
        { "a million switches to e", 1e6, "1e+06" },
        { "digits after a million", 1234567.0, "1.234567e+06" },
        { "unix seconds", 1714557602.0, "1.714557602e+09" },
        { "power of three", 3486784401.0, "3.486784401e+09" },
        { "small plain", 0.0001, "0.0001" },
        { "small switches to e", 0.00001, "1e-05" },
        { "fraction", 89.5, "89.5" },
        { "negative fraction", -0.25, "-0.25" },
        { "shortest round trip", 0.1 + 0.2, "0.30000000000000004" },
        { "large", 1e21, "1e+21" },
        { "three-digit exponent", 1e100, "1e+100" },
        { "tiny", 5e-324, "5e-324" },
        { "max", double.MaxValue, "1.7976931348623157e+308" },
        { "positive infinity", double.PositiveInfinity, "+Inf" },
        { "negative infinity", double.NegativeInfinity, "-Inf" },
        { "not a number", double.NaN, "NaN" },
    };

    [Theory]
    [MemberData(nameof(GCases))]
    public void FormatG_matches_Go_shortest_g(string description, double value, string expected)
    {
        GoStrconv.FormatFloatG(value).Should().Be(expected, description);
    }

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(0.0, "0e+00")]
    [InlineData(123.25, "1.2325e+02")]
    public void Format_e_matches_Go_shortest_e(double value, string expected)
    {
        GoStrconv.FormatFloat(value, 'e').Should().Be(expected);
    }

    [Theory]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1.5e-6, "0.0000015")]
    [InlineData(1714557602.5, "1714557602.5")]
    [InlineData(0.0, "0")]
    public void Format_f_matches_Go_shortest_f(double value, string expected)
    {
        GoStrconv.FormatFloat(value, 'f').Should().Be(expected);
    }

    [Fact]
    public void Format_rejects_an_unknown_verb()
    {
        var act = () => GoStrconv.FormatFloat(1, 'x');
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
