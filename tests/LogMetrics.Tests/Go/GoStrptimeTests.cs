using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoStrptimeTests
{
    private const string DateTime = "2006-01-02 15:04:05";

    [Fact]
    public void The_memo_is_keyed_by_value_so_the_first_layout_wins()
    {
        var strptime = new GoStrptime();
        strptime.TryParse("01/02/03", "01/02/06", out var first, out _).Should().BeTrue();
        strptime.TryParse("01/02/03", "06/01/02", out var second, out var error).Should().BeTrue();
        error.Should().BeNull();
        second.Should().Be(first);
        GoTimeLayout.Compile("06/01/02").TryParse("01/02/03", GoLocation.Utc, out GoTime direct, out _).Should().BeTrue();
        direct.Should().NotBe(first);
    }

    [Fact]
    public void A_failed_value_is_memoised_as_the_zero_time_and_does_not_fail_again()
    {
        var strptime = new GoStrptime();
        strptime.TryParse("bogus", DateTime, out var time, out var error).Should().BeFalse();
        error.Should().Be("strptime (2006-01-02 15:04:05, bogus, UTC) failed: parsing time \"bogus\" as \"2006-01-02 15:04:05\": cannot parse \"bogus\" as \"2006\"");
        time.IsZero.Should().BeTrue();

        strptime.TryParse("bogus", DateTime, out time, out error).Should().BeTrue();
        error.Should().BeNull();
        time.IsZero.Should().BeTrue();
    }

    [Fact]
    public void The_memo_forgets_the_least_recently_used_value_after_64_others()
    {
        var strptime = new GoStrptime();
        strptime.TryParse("2000-01-01 00:00:00", DateTime, out _, out _);
        strptime.TryParse("2000-01-02 00:00:00", DateTime, out _, out _);
        for (var i = 0; i < GoStrptime.MemoSize - 1; i++)
        {
            // Touch the first value so that the second becomes the oldest.
            if (i == 0)
            {
                strptime.TryParse("2000-01-01 00:00:00", "nonsense", out _, out _).Should().BeTrue();
            }

            strptime.TryParse($"2001-01-01 00:00:{i:00}", DateTime, out _, out _);
        }

        strptime.TryParse("2000-01-01 00:00:00", "nonsense", out _, out var kept).Should().BeTrue();
        kept.Should().BeNull();
        strptime.TryParse("2000-01-02 00:00:00", "nonsense", out _, out var evicted).Should().BeFalse();
        evicted.Should().StartWith("strptime (nonsense, 2000-01-02 00:00:00, UTC) failed:");
    }

    [Fact]
    public void Errors_name_the_override_location()
    {
        var strptime = new GoStrptime(Load("Asia/Tokyo"));
        strptime.TryParse("bogus", "2006", out _, out var error).Should().BeFalse();
        error.Should().Be("strptime (2006, bogus, Asia/Tokyo) failed: parsing time \"bogus\" as \"2006\": cannot parse \"bogus\" as \"2006\"");
    }

    [Fact]
    public void Without_the_current_year_patch_a_yearless_value_stays_in_year_zero()
    {
        var strptime = new GoStrptime(null, syslogUseCurrentYear: false);
        strptime.TryParse("Jan  2 15:04:05", "Jan _2 15:04:05", out var time, out _).Should().BeTrue();
        time.UnixSeconds.Should().Be(-62167078555);
        time.Year.Should().Be(0);
        time.UnixNanoseconds.Should().Be(-6826846333871345152);
    }

    [Fact]
    public void The_current_year_comes_from_the_clock_in_the_override_location()
    {
        // 2026-12-31T20:00Z is already 2027 in Tokyo.
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 31, 20, 0, 0, TimeSpan.Zero));
        new GoStrptime(Load("Asia/Tokyo"), true, clock).TryParse("Jan  1 00:00:00", "Jan _2 15:04:05", out var tokyo, out _);
        new GoStrptime(null, true, clock).TryParse("Jan  1 00:00:00", "Jan _2 15:04:05", out var utc, out _);
        tokyo.Year.Should().Be(2027);
        utc.Year.Should().Be(2026);
    }

    [Fact]
    public void Go_zero_time_parses_and_reports_IsZero()
    {
        new GoStrptime().TryParse("0001-01-01 00:00:00", DateTime, out var time, out _).Should().BeTrue();
        time.IsZero.Should().BeTrue();
    }

    [Theory]
    [InlineData("060102  3:04:05", "110101  1:23:45", null, 1293845025000000000)]
    [InlineData("060102  3:04:05", "110101 12:23:45", null, 1293884625000000000)]
    [InlineData("060102  3:04:05", "110101 1:23:45", null, 1293845025000000000)]
    [InlineData("Jan _2 15:04:05 2006", "Jul  2 15:04:05 2100", "Australia/Sydney", 4118187845000000000)]
    [InlineData("Jan _2 15:04:05 2006", "Jan  2 15:04:05 2100", "Australia/Sydney", 4102545845000000000)]
    [InlineData("Jan _2 15:04:05 2006", "Jul  2 15:04:05 2100", "America/New_York", 4118238245000000000)]
    [InlineData("Jan _2 15:04:05 2006", "Jan  2 15:04:05 2100", "America/New_York", 4102603445000000000)]
    [InlineData("Jan _2 15:04:05 2006", "Mar 14 02:30:00 2100", "America/New_York", 4108689000000000000)]
    [InlineData("Jan _2 15:04:05 2006", "Nov  7 01:30:00 2100", "America/New_York", 4129248600000000000)]
    [InlineData("Jan _2 15:04:05 2006 MST", "Jul  2 15:04:05 2100 AEST", "Australia/Sydney", 4118187845000000000)]
    [InlineData("Jan _2 15:04:05 2006 MST", "Jul  2 15:04:05 2100 AEDT", "Australia/Sydney", 4118184245000000000)]
    [InlineData("Jan _2 15:04:05 2006 MST", "Jan  2 15:04:05 2100 AEDT", "Australia/Sydney", 4102545845000000000)]
    [InlineData("Jan _2 15:04:05 2006 MST", "Jan  2 15:04:05 2100 LMT", "Australia/Sydney", 4102549153000000000)]
    [InlineData("Jan _2 15:04:05", "Jan  2 15:04:05", "Australia/Sydney", -6826882625871345152)]
    public void Parses_as_the_rc50_oracle_did(string layout, string value, string? location, long unixNano)
    {
        var strptime = new GoStrptime(location is null ? null : Load(location), syslogUseCurrentYear: false);
        strptime.TryParse(value, layout, out var time, out var error).Should().BeTrue(error);
        time.UnixNanoseconds.Should().Be(unixNano);
    }

    [Theory]
    [InlineData("2006-01-02T15:04:05Z07:00")]
    [InlineData("2006-01-02T15:04:05.999999999Z07:00")]
    [InlineData("02/Jan/2006:15:04:05 -0700")]
    [InlineData("2006-01-02 15:04:05.000")]
    [InlineData("Mon Jan _2 15:04:05 2006")]
    [InlineData("Mon Jan _2 15:04:05 MST 2006")]
    [InlineData("Mon Jan 02 15:04:05 -0700 2006")]
    [InlineData("02 Jan 06 15:04 MST")]
    [InlineData("02 Jan 06 15:04 -0700")]
    [InlineData("Monday, 02-Jan-06 15:04:05 MST")]
    [InlineData("Mon, 02 Jan 2006 15:04:05 MST")]
    [InlineData("Mon, 02 Jan 2006 15:04:05 -0700")]
    [InlineData("2006/01/02 15:04:05")]
    [InlineData("20060102150405")]
    [InlineData("Jan 2, 2006 at 3:04pm")]
    [InlineData("2006-01-02 15:04:05 -0700")]
    [InlineData("2006-01-02 15:04:05")]
    [InlineData("2006-01-02T03:04:05-0700")]
    [InlineData("Jan _2 15:04:05")]
    [InlineData("Jan _2 15:04:05 2006")]
    [InlineData("Jan _2 15:04:05 MST")]
    [InlineData("Jan _2 15:04:05.000000000")]
    [InlineData("060102  3:04:05")]
    [InlineData("3:04PM")]
    [InlineData("2006-002")]
    [InlineData("2006 __2")]
    [InlineData("15:04:05 Z07:00:00")]
    [InlineData("%Y-%m-%d")]
    [InlineData("")]
    public void CheckLayout_accepts_layouts_that_parse_their_own_transformed_text(string layout)
    {
        GoStrptime.CheckLayout(layout, out var message).Should().BeTrue(message);
        message.Should().BeNull();
    }

    [Theory]
    [InlineData("2017-10-16 06:50:25", "invalid time format string \"2017-10-16 06:50:25\"")]
    [InlineData("2006_01_02", "invalid time format string \"2006_01_02\"")]
    [InlineData("15:04:05.9999999999999", "invalid time format string \"15:04:05.9999999999999\"")]
    [InlineData("\t2017", "invalid time format string \"\\t2017\"")]
    public void CheckLayout_rejects_layouts_that_cannot_parse_themselves(string layout, string expected)
    {
        GoStrptime.CheckLayout(layout, out var message).Should().BeFalse();
        message.Should().Be(expected);
        GoStrptime.LayoutHint.Should().Be("Refer to the documentation at https://golang.org/pkg/time/#pkg-constants for advice.");
    }

    private static GoLocation Load(string name)
    {
        GoLocation.TryLoad(name, out var location, out var error).Should().BeTrue(error);
        return location;
    }
}
