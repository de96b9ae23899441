using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoLocationTests
{
    [Theory]
    [InlineData("", "UTC")]
    [InlineData("UTC", "UTC")]
    [InlineData("Asia/Tokyo", "Asia/Tokyo")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Etc/GMT+5", "Etc/GMT+5")]
    public void TryLoad_finds_zones_by_IANA_name(string name, string expectedName)
    {
        GoLocation.TryLoad(name, out var location, out var error).Should().BeTrue();
        error.Should().BeNull();
        location.Name.Should().Be(expectedName);
        location.ToString().Should().Be(expectedName);
    }

    [Fact]
    public void TryLoad_of_Local_gives_the_process_local_location()
    {
        GoLocation.TryLoad("Local", out var location, out _).Should().BeTrue();
        location.Should().BeSameAs(GoLocation.Local);
    }

    [Theory]
    [InlineData("Bogus/Zone", "unknown time zone Bogus/Zone")]
    [InlineData("asia/tokyo", "unknown time zone asia/tokyo")]
    [InlineData("Asia/Tokyo ", "unknown time zone Asia/Tokyo ")]
    [InlineData("../etc/passwd", "time: invalid location name")]
    [InlineData("/etc/localtime", "time: invalid location name")]
    [InlineData("America", "is a directory")]
    public void TryLoad_fails_with_Go_error_text(string name, string expected)
    {
        GoLocation.TryLoad(name, out var location, out var error).Should().BeFalse();
        error.Should().Be(expected);
        location.Should().BeSameAs(GoLocation.Utc);
    }

    [Fact]
    public void FromTzif_rejects_bytes_that_are_not_TZif()
    {
        GoLocation.FromTzif("x", "not a zone file at all, not at all, no no no"u8).Should().BeNull();
        GoLocation.FromTzif("x", []).Should().BeNull();
    }

    [Theory]
    [InlineData("America/New_York", 2021, 7, 1, -14400)]
    [InlineData("America/New_York", 2021, 1, 1, -18000)]
    [InlineData("America/New_York", 2100, 7, 1, -14400)]
    [InlineData("America/New_York", 1800, 1, 1, -17762)]
    [InlineData("Australia/Sydney", 2100, 1, 2, 39600)]
    [InlineData("Australia/Sydney", 2100, 7, 2, 36000)]
    [InlineData("Europe/London", 2100, 7, 1, 3600)]
    [InlineData("Asia/Tokyo", 0, 1, 1, 33539)]
    [InlineData("Etc/GMT+5", 2021, 1, 1, -18000)]
    public void Offsets_follow_transitions_local_mean_time_and_the_POSIX_rule(string zone, int year, int month, int day, int offset)
    {
        GoLocation.TryLoad(zone, out var location, out _).Should().BeTrue();
        var layout = GoTimeLayout.Compile("2006-01-02");
        var text = $"{year:0000}-{month:00}-{day:00}";
        layout.TryParse(text, location, out GoTime time, out _).Should().BeTrue();
        time.Offset.Should().Be(offset);
    }

    [Fact]
    public void A_fixed_zone_always_has_its_offset()
    {
        var fixedZone = GoLocation.Fixed("X", 3600);
        GoTimeLayout.Compile("2006").TryParse("2021", fixedZone, out GoTime time, out _).Should().BeTrue();
        time.UnixSeconds.Should().Be(1609455600);
        time.Offset.Should().Be(3600);
        fixedZone.Name.Should().Be("X");
    }
}
