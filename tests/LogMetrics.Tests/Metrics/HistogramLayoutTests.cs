using System.Collections.Immutable;
using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Tests.Metrics;

public sealed class HistogramLayoutTests
{
    private static string Describe(HistogramLayout layout) =>
        string.Join(" ", layout.Ranges.Select(r => $"({GoStrconv.FormatFloatG(r.Min)},{GoStrconv.FormatFloatG(r.Max)}]"));

    [Fact]
    public void A_positive_first_boundary_gets_an_implicit_range_from_zero()
    {
        Describe(HistogramLayout.FromBoundaries([1, 2, 4])).Should().Be("(0,1] (1,2] (2,4] (4,+Inf]");
    }

    [Fact]
    public void A_zero_first_boundary_is_only_a_lower_edge()
    {
        Describe(HistogramLayout.FromBoundaries([0, 1, 2])).Should().Be("(0,1] (1,2] (2,+Inf]");
    }

    [Fact]
    public void Negative_boundaries_start_at_the_first_boundary()
    {
        Describe(HistogramLayout.FromBoundaries([-10, -1, 0, 1, 10]))
            .Should().Be("(-10,-1] (-1,0] (0,1] (1,10] (10,+Inf]");
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(1, 0)]
    [InlineData(1.0000001, 1)]
    [InlineData(4, 2)]
    [InlineData(4.5, 3)]
    [InlineData(double.PositiveInfinity, 3)]
    [InlineData(0, -1)]
    [InlineData(-5, -1)]
    [InlineData(double.NaN, -1)]
    public void Values_go_to_the_range_with_min_below_and_max_at_or_above(double value, int expected)
    {
        HistogramLayout.FromBoundaries([1, 2, 4]).IndexOf(value).Should().Be(expected);
    }

    [Fact]
    public void No_boundaries_give_no_ranges()
    {
        HistogramLayout.FromBoundaries(ImmutableArray<double>.Empty).Ranges.Should().BeEmpty();
    }
}
