using LogMetrics.Go;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// <c>strptime</c> with Go layouts, <c>-override_timezone</c> and <c>-syslog_use_current_year</c>,
/// read back through <c>timestamp()</c>. Values from mtail 3.0.0-rc50 (yearless ones use the
/// harness clock's year, 2024, where mtail used the machine's).
/// </summary>
public sealed class StrptimeTests
{
    static ProgramHarness Parse(string layout, string value, RuntimeOptions? options = null, FixedClock? clock = null) =>
        ProgramHarness.Load($$"""
            gauge ts
            /^(?P<v>.+)$/ {
              strptime($v, "{{layout}}")
              ts = timestamp()
            }
            """, clock: clock, options: options).Feed(value);

    static RuntimeOptions Tokyo()
    {
        GoLocation.TryLoad("Asia/Tokyo", out var tokyo, out var error).Should().BeTrue(error);
        return new RuntimeOptions { Location = tokyo };
    }

    public static TheoryData<string, string, string, long, long> Layouts => new()
    {
        // description, layout, value, seconds in UTC, seconds with -override_timezone Asia/Tokyo
        { "no zone: UTC, or the override zone", "2006-01-02 15:04:05", "2024-01-02 03:04:05", 1704164645, 1704132245 },
        { "a numeric offset in the input wins", "2006-01-02T15:04:05Z07:00", "2024-01-02T03:04:05+09:00", 1704132245, 1704132245 },
        { "Z in the input wins", "2006-01-02T15:04:05Z07:00", "2024-01-02T03:04:05Z", 1704164645, 1704164645 },
        { "common log format", "02/Jan/2006:15:04:05 -0700", "10/Oct/2000:13:55:36 -0700", 971211336, 971211336 },
        { "a UTC abbreviation", "2006-01-02 15:04:05.000 MST", "2024-01-02 03:04:05.123 UTC", 1704164645, 1704164645 },
        { "an abbreviation only the override zone knows", "2006-01-02 15:04:05.000 MST", "2024-01-02 03:04:05.123 JST", 1704164645, 1704132245 },
        { "an unknown abbreviation is offset 0", "2006-01-02 15:04:05.000 MST", "2024-07-02 03:04:05.000 CEST", 1719889445, 1719889445 },
        { "before 1970", "2006-01-02 15:04:05", "1969-12-31 23:59:59", -1, -32401 },
        { "yearless: the clock's year", "Jan _2 15:04:05", "Mar  5 06:07:08", 1709618828, 1709586428 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Strptime_parses_go_layouts_in_utc(string description, string layout, string value, long utc, long tokyo)
    {
        _ = tokyo;
        var harness = Parse(layout, value);

        harness.LastRuntimeError.Should().BeNull(description);
        harness.Int("ts").Should().Be(utc, description);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Strptime_parses_go_layouts_in_the_override_zone(string description, string layout, string value, long utc, long tokyo)
    {
        _ = utc;
        var harness = Parse(layout, value, Tokyo());

        harness.LastRuntimeError.Should().BeNull(description);
        harness.Int("ts").Should().Be(tokyo, description);
    }

    [Fact]
    public void The_current_year_is_taken_in_the_override_zone()
    {
        // 20:00 UTC on New Year's Eve is already 2025 in Tokyo.
        var clock = new FixedClock(new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.Zero));

        Parse("Jan _2 15:04:05", "Jan  2 03:04:05", clock: clock).Int("ts").Should().Be(1704164645);
        Parse("Jan _2 15:04:05", "Jan  2 03:04:05", Tokyo(), clock).Int("ts").Should().Be(1735754645);
    }

    [Fact]
    public void Without_the_current_year_a_yearless_time_is_in_year_0()
    {
        var harness = Parse("Jan _2 15:04:05", "Mar  5 06:07:08", new RuntimeOptions { SyslogUseCurrentYear = false });

        // timestamp() is exact; the datum's nanosecond stamp wraps as Go's UnixNano does.
        harness.Int("ts").Should().Be(-62161667572);
        harness.Datum("ts")!.TimestampNanos.Should().Be(-6821435350871345152);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Asia/Tokyo")]
    public void A_layout_that_does_not_match_is_a_runtime_error_naming_the_zone(string zone)
    {
        var harness = Parse("%Y-%m-%d", "2024-01-02", zone == "UTC" ? null : Tokyo());

        harness.RuntimeErrors.Should().Be(1);
        harness.LastRuntimeError.Should().Be(
            $"strptime (%Y-%m-%d, 2024-01-02, {zone}) failed: parsing time \"2024-01-02\" as \"%Y-%m-%d\": cannot parse \"2024-01-02\" as \"%Y-%m-%d\"");
        harness.Datum("ts").Should().BeNull();
    }

    [Fact]
    public void An_out_of_range_field_is_a_runtime_error()
    {
        var harness = Parse("2006-01-02 15:04:05", "2020-13-01 00:00:00");

        harness.LastRuntimeError.Should().Be("strptime (2006-01-02 15:04:05, 2020-13-01 00:00:00, UTC) failed: parsing time \"2020-13-01 00:00:00\": month out of range");
    }

    [Fact]
    public void An_int_typed_capture_reaches_strptime_as_the_empty_string()
    {
        var harness = Parse("20060102150405", "20200229235959");
        var intCapture = ProgramHarness.Load("""
            gauge ts
            /^(?P<t>\d+)$/ {
              strptime($t, "20060102150405")
              ts = timestamp()
            }
            """).Feed("20200229235959");

        harness.Int("ts").Should().Be(1583020799);
        intCapture.LastRuntimeError.Should().Be("strptime (20060102150405, , UTC) failed: parsing time \"\" as \"20060102150405\": cannot parse \"\" as \"2006\"");
        intCapture.Datum("ts").Should().BeNull();
    }
}
