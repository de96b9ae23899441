using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoTimeLayoutTests
{
    private static readonly GoLocation NewYork = Load("America/New_York");

    [Theory]
    [InlineData("2021-06-01 12:00:00 EDT", 1622563200L)]
    [InlineData("2021-01-01 12:00:00 EST", 1609520400L)]
    [InlineData("2021-01-01 12:00:00 EDT", 1609516800L)]
    [InlineData("2021-06-01 12:00:00 UTC", 1622548800L)]
    [InlineData("2021-06-01 12:00:00 CET", 1622548800L)]
    [InlineData("2021-06-01 12:00:00 GMT", 1622548800L)]
    public void Abbreviations_take_their_offset_from_the_local_location(string value, long unix)
    {
        GoTimeLayout.Compile("2006-01-02 15:04:05 MST").TryParse(value, GoLocation.Utc, NewYork, out GoTime time, out var error)
            .Should().BeTrue(error);
        time.UnixSeconds.Should().Be(unix);
    }

    [Fact]
    public void An_unknown_abbreviation_keeps_the_wall_clock_and_GMT_offsets_only_label_the_zone()
    {
        var layout = GoTimeLayout.Compile("15:04 MST 2006");
        layout.TryParse("10:00 GMT+3 2021", GoLocation.Utc, out GoTime gmt, out _).Should().BeTrue();
        gmt.UnixSeconds.Should().Be(1609495200);
        gmt.Offset.Should().Be(10800);
        gmt.LocationName.Should().BeNull();
    }

    [Fact]
    public void An_offset_in_the_value_wins_and_keeps_the_location_only_when_it_agrees()
    {
        var layout = GoTimeLayout.Compile("2006-01-02 15:04:05 -0700");
        layout.TryParse("2021-06-01 12:00:00 -0400", NewYork, out GoTime agrees, out _).Should().BeTrue();
        agrees.LocationName.Should().Be("America/New_York");
        agrees.UnixSeconds.Should().Be(1622563200);
        layout.TryParse("2021-06-01 12:00:00 +0900", NewYork, out GoTime differs, out _).Should().BeTrue();
        differs.LocationName.Should().BeNull();
        differs.Offset.Should().Be(32400);
        differs.UnixSeconds.Should().Be(1622516400);
    }

    [Fact]
    public void A_zone_less_value_is_read_in_the_default_location()
    {
        var layout = GoTimeLayout.Compile("2006-01-02 15:04:05");
        layout.TryParse("2024-01-02 03:04:05", GoLocation.Utc, out long utc, out _).Should().BeTrue();
        layout.TryParse("2024-01-02 03:04:05", Load("Asia/Tokyo"), out long tokyo, out _).Should().BeTrue();
        utc.Should().Be(1704164645_000_000_000);
        tokyo.Should().Be(1704132245_000_000_000);
    }

    [Theory]
    [InlineData("Janet 2006", "Janet 2021", 1609459200L)]
    [InlineData("Mondays 2006", "Fridays 2021", 1609459200L)]
    [InlineData("x_2006", "x_2021", 1609459200L)]
    [InlineData("2006 Jan", "2021 FEB", 1612137600L)]
    [InlineData("15:04:05,000 2006", "00:00:01.500 2021", 1609459201L)]
    [InlineData("2006 -07", "2021 -01", 1609462800L)]
    [InlineData("2006 MST", "2021 ChST", 1609459200L)]
    public void Layout_elements_are_recognised_as_Go_recognises_them(string layout, string value, long unix)
    {
        GoTimeLayout.Compile(layout).TryParse(value, GoLocation.Utc, out GoTime time, out var error).Should().BeTrue(error);
        time.UnixSeconds.Should().Be(unix);
    }

    [Theory]
    [InlineData("2006 MST", "2021 \u00e9", "parsing time \"2021 \\xc3\\xa9\" as \"2006 MST\": cannot parse \"\\xc3\\xa9\" as \"MST\"")]
    [InlineData("2006", "2021\t", "parsing time \"2021\\x09\": extra text: \"\\x09\"")]
    [InlineData("2006-01-02", "bogus", "parsing time \"bogus\" as \"2006-01-02\": cannot parse \"bogus\" as \"2006\"")]
    [InlineData("06", "4", "parsing time \"4\" as \"06\": cannot parse \"4\" as \"06\"")]
    [InlineData("06 x", "ab x", "parsing time \"ab x\" as \"06 x\": cannot parse \" x\" as \"06\"")]
    [InlineData("2006 _2", "2021  x", "parsing time \"2021  x\" as \"2006 _2\": cannot parse \"x\" as \"_2\"")]
    [InlineData("2006 Jan _2", "2021 Feb 30", "parsing time \"2021 Feb 30\": day out of range")]
    public void Errors_quote_like_Go_1_19(string layout, string value, string expected)
    {
        GoTimeLayout.Compile(layout).TryParse(value, GoLocation.Utc, out GoTime time, out var error).Should().BeFalse();
        error.Should().Be(expected);
        time.Should().Be(GoTime.Zero);
    }

    [Fact]
    public void A_compiled_layout_keeps_its_text()
    {
        var layout = GoTimeLayout.Compile("2006-01-02");
        layout.Layout.Should().Be("2006-01-02");
        layout.ToString().Should().Be("2006-01-02");
    }

    private static GoLocation Load(string name)
    {
        GoLocation.TryLoad(name, out var location, out var error).Should().BeTrue(error);
        return location;
    }
}
