using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

/// <summary>
/// Go's math.Pow, which mtail's <c>**</c> uses: not correctly rounded, so its last bits are part of
/// what a program outputs. Expected values printed by mtail 3.0.0-rc50 (Go 1.19, amd64).
/// </summary>
public sealed class GoMathTests
{
    [Theory]
    [InlineData(1.1, 10.0, 2.593742460100002)]
    [InlineData(1.0001, 5000.0, 1.6486800559309125)]
    [InlineData(100.0, 2.5, 100000.00000000001)]
    [InlineData(2.0, 0.5, 1.4142135623730951)]
    [InlineData(10.0, 3.0, 1000.0)]
    [InlineData(3.0, 0.1, 1.1161231740339044)]
    [InlineData(2.0, 10.0, 1024.0)]
    [InlineData(9.0, 0.5, 3.0)]
    [InlineData(2.5, 2.0, 6.25)]
    public void Pow_gives_mtails_bits(double x, double y, double expected)
    {
        GoMath.Pow(x, y).Should().Be(expected);
    }

    [Theory]
    [InlineData(5.0, 0.0, 1.0)]
    [InlineData(1.0, double.NaN, 1.0)]
    [InlineData(double.NaN, 2.0, double.NaN)]
    [InlineData(-8.0, 0.5, double.NaN)]
    [InlineData(0.0, -1.0, double.PositiveInfinity)]
    [InlineData(2.0, double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(0.5, double.PositiveInfinity, 0.0)]
    [InlineData(-2.0, 3.0, -8.0)]
    [InlineData(2.0, -2.0, 0.25)]
    [InlineData(10.0, 400.0, double.PositiveInfinity)]
    [InlineData(10.0, -400.0, 0.0)]
    [InlineData(2.0, 1e19, double.PositiveInfinity)]
    [InlineData(-1.0, 1e19, 1.0)]
    public void Pow_keeps_the_special_cases(double x, double y, double expected)
    {
        GoMath.Pow(x, y).Should().Be(expected);
    }

    [Theory]
    [InlineData(3L, 39L, 4052555153018976256L)]
    [InlineData(2L, 62L, 4611686018427387904L)]
    [InlineData(2L, 63L, long.MinValue)]
    [InlineData(-2L, 3L, -8L)]
    [InlineData(7L, 0L, 1L)]
    public void Integer_powers_go_through_the_float_power(long a, long b, long expected)
    {
        GoMath.PowInt(a, b).Should().Be(expected);
    }
}
