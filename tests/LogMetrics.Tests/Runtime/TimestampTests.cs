using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// The per-line timestamp register: <c>timestamp()</c> reads it or the clock, <c>settime</c>
/// and <c>strptime</c> set it, datums are stamped with it (or with the clock), and mtail's
/// strptime memo is keyed by the input string alone. Behaviour checked against mtail 3.0.0-rc50.
/// </summary>
public sealed class TimestampTests
{
    [Fact]
    public void Timestamp_without_a_register_is_the_clocks_seconds_and_datums_get_the_clock()
    {
        var harness = ProgramHarness.Load("""
            gauge ts
            /x/ {
              ts = timestamp()
            }
            """);

        harness.Feed("x");

        harness.Int("ts").Should().Be(1714979289);
        harness.Datum("ts")!.TimestampNanos.Should().Be(harness.Clock.NowNanos);
    }

    [Fact]
    public void Datums_written_after_strptime_carry_the_parsed_time_to_the_nanosecond()
    {
        var harness = ProgramHarness.Load("""
            counter lines
            counter parsed
            /^(?P<v>.+)$/ {
              lines++
              strptime($v, "2006-01-02 15:04:05.000")
              parsed++
            }
            """);

        harness.Feed("2024-01-02 03:04:05.123");

        harness.Datum("lines")!.TimestampNanos.Should().Be(harness.Clock.NowNanos);
        harness.Datum("parsed")!.TimestampNanos.Should().Be(1704164645_123_000_000);
    }

    [Fact]
    public void The_register_does_not_carry_over_to_the_next_line()
    {
        var harness = ProgramHarness.Load("""
            gauge ts by k
            /^s (?P<v>\d+)$/ {
              settime($v)
            }
            /^(?P<k>\w+)/ {
              ts[$k] = timestamp()
            }
            """);

        harness.Feed("s 1000", "later");

        harness.Int("ts", "s").Should().Be(1000);
        harness.Int("ts", "later").Should().Be(1714979289);
    }

    public static TheoryData<string, long> SetTimes => new()
    {
        { "ordinary", 1500000000 },
        { "zero is a time, not the empty register", 0 },
        { "before 1970", -5 },
        { "far future", 99999999999 },
    };

    [Theory]
    [MemberData(nameof(SetTimes))]
    public void Settime_sets_the_register_in_seconds(string description, long seconds)
    {
        var harness = ProgramHarness.Load("""
            gauge ts
            /^(?P<v>-?\d+)$/ {
              settime($v)
              ts = timestamp()
            }
            """);

        harness.Feed(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        harness.Int("ts").Should().Be(seconds, description);
        harness.Datum("ts")!.TimestampNanos.Should().Be(unchecked(seconds * 1_000_000_000), description);
    }

    [Fact]
    public void The_strptime_memo_is_keyed_by_the_input_alone()
    {
        var harness = ProgramHarness.Load("""
            gauge ts by k
            counter done
            /^p (?P<v>\S+) (?P<k>\S+)$/ {
              strptime($v, "2006-01-02")
              ts[$k] = timestamp()
              done++
            }
            /^q (?P<v>\S+) (?P<k>\S+)$/ {
              strptime($v, "02.01.2006")
              ts[$k] = timestamp()
            }
            """);

        harness.Feed("p 2024-03-04 first", "q 2024-03-04 memo", "p bogus fail1", "p bogus fail2", "q 05.06.2024 other");

        // The second layout never sees "2024-03-04"; a failed input is remembered as the zero
        // time, so its second occurrence is no error and stamps with the clock.
        harness.Rows("ts").Should().Equal("fail2=1714979289", "first=1709510400", "memo=1709510400", "other=1717545600");
        harness.Int("done").Should().Be(2);
        harness.RuntimeErrors.Should().Be(1);
        harness.LastRuntimeError.Should().Be("strptime (2006-01-02, bogus, UTC) failed: parsing time \"bogus\" as \"2006-01-02\": cannot parse \"bogus\" as \"2006\"");
    }
}
