using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoTimeTests
{
    [Fact]
    public void Zero_is_January_first_of_year_one()
    {
        GoTime.Zero.UnixSeconds.Should().Be(-62135596800);
        GoTime.Zero.IsZero.Should().BeTrue();
        GoTime.Zero.Year.Should().Be(1);
    }

    [Fact]
    public void AddYears_normalises_February_29_like_time_Date()
    {
        GoTimeLayout.Compile("Jan _2 15:04").TryParse("Feb 29 12:00", GoLocation.Utc, out GoTime leap, out _).Should().BeTrue();
        leap.Year.Should().Be(0);
        var moved = leap.AddYears(2025);
        moved.UnixSeconds.Should().Be(1740830400);
        moved.Year.Should().Be(2025);
    }

    [Fact]
    public void AddYears_keeps_the_wall_clock_of_a_fixed_offset()
    {
        GoTimeLayout.Compile("Jan _2 15:04 -0700").TryParse("Jan  2 15:04 +0900", GoLocation.Utc, out GoTime time, out _).Should().BeTrue();
        var moved = time.AddYears(2021);
        moved.UnixSeconds.Should().Be(1609567440);
        moved.Offset.Should().Be(32400);
    }

    [Fact]
    public void UnixNanoseconds_wraps_like_Go_outside_the_int64_range()
    {
        GoTimeLayout.Compile("2006").TryParse("0000", GoLocation.Utc, out GoTime time, out _).Should().BeTrue();
        time.UnixSeconds.Should().Be(-62167219200);
        time.UnixNanoseconds.Should().Be(-6826986978871345152);
    }

    [Fact]
    public void Times_are_equal_when_their_instants_are()
    {
        var layout = GoTimeLayout.Compile("2006-01-02 15:04 -0700");
        layout.TryParse("2021-01-01 09:00 +0900", GoLocation.Utc, out GoTime a, out _);
        layout.TryParse("2021-01-01 00:00 +0000", GoLocation.Utc, out GoTime b, out _);
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals((object)b).Should().BeTrue();
    }
}
