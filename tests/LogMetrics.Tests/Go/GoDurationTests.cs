using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

public sealed class GoDurationTests
{
    private const long Ms = 1_000_000;
    private const long S = 1000 * Ms;
    private const long M = 60 * S;
    private const long H = 60 * M;

    public static TheoryData<string, long> ValidDurations => new()
    {
        { "0", 0 },
        { "-0", 0 },
        { "+0", 0 },
        { "5s", 5 * S },
        { "30s", 30 * S },
        { "1478s", 1478 * S },
        { "-5s", -5 * S },
        { "+5s", 5 * S },
        { "5.0s", 5 * S },
        { "5.6s", (5 * S) + (600 * Ms) },
        { "5.s", 5 * S },
        { ".5s", 500 * Ms },
        { "1.004s", 1004 * Ms },
        { "1.0040s", 1004 * Ms },
        { "100.00100s", (100 * S) + Ms },
        { "10ns", 10 },
        { "11us", 11_000 },
        { "12\u00b5s", 12_000 },
        { "12\u03bcs", 12_000 },
        { "13ms", 13 * Ms },
        { "14s", 14 * S },
        { "15m", 15 * M },
        { "16h", 16 * H },
        { "3h30m", (3 * H) + (30 * M) },
        { "10.5s4m", (4 * M) + (10 * S) + (500 * Ms) },
        { "-2m3.4s", -((2 * M) + (3 * S) + (400 * Ms)) },
        { "1h2m3s4ms5us6ns", (1 * H) + (2 * M) + (3 * S) + (4 * Ms) + 5006 },
        { "39h9m14.425s", (39 * H) + (9 * M) + (14 * S) + (425 * Ms) },
        { "24h0m0s", 24 * H },
        { "1.5h", 90 * M },
        { "-1.5h", -90 * M },
        { "52763797000ns", 52763797000 },
        { "0.3333333333333333333h", 20 * M },
        { "9007199254740993ns", (1L << 53) + 1 },
        { "9223372036854775807ns", long.MaxValue },
        { "9223372036854775.807us", long.MaxValue },
        { "9223372036854ms775us807ns", long.MaxValue },
        { "-9223372036854775808ns", long.MinValue },
        { "-9223372036854775.808us", long.MinValue },
        { "-9223372036854ms775us808ns", long.MinValue },
        { "-2562047h47m16.854775808s", long.MinValue },
        { "0.100000000000000000000h", 6 * M },
        { "0.830103483285477580700h", (49 * M) + (48 * S) + 372539827 },
    };

    [Theory]
    [MemberData(nameof(ValidDurations))]
    public void TryParse_accepts_what_ParseDuration_accepts(string text, long expected)
    {
        GoDuration.TryParse(text, out var ns, out var error).Should().BeTrue();
        error.Should().BeNull();
        ns.Should().Be(expected);
    }

    [Theory]
    [InlineData("", "time: invalid duration \"\"")]
    [InlineData("3", "time: missing unit in duration \"3\"")]
    [InlineData("-", "time: invalid duration \"-\"")]
    [InlineData("s", "time: invalid duration \"s\"")]
    [InlineData(".", "time: invalid duration \".\"")]
    [InlineData("-.", "time: invalid duration \"-.\"")]
    [InlineData(".s", "time: invalid duration \".s\"")]
    [InlineData("+.s", "time: invalid duration \"+.s\"")]
    [InlineData("1d", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("1h30", "time: missing unit in duration \"1h30\"")]
    [InlineData("1.5", "time: missing unit in duration \"1.5\"")]
    [InlineData("10 s", "time: unknown unit \" s\" in duration \"10 s\"")]
    [InlineData("1\u00b5x", "time: unknown unit \"\\xc2\\xb5x\" in duration \"1\\xc2\\xb5x\"")]
    [InlineData("9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\"")]
    [InlineData("9223372036854775.808us", "time: invalid duration \"9223372036854775.808us\"")]
    [InlineData("9223372036854ms775us808ns", "time: invalid duration \"9223372036854ms775us808ns\"")]
    [InlineData("-9223372036854775809ns", "time: invalid duration \"-9223372036854775809ns\"")]
    [InlineData("3000000h", "time: invalid duration \"3000000h\"")]
    [InlineData("99999999999999999999s", "time: invalid duration \"99999999999999999999s\"")]
    public void TryParse_rejects_with_Go_error_text(string text, string expected)
    {
        GoDuration.TryParse(text, out var ns, out var error).Should().BeFalse();
        error.Should().Be(expected);
        ns.Should().Be(0);
    }

    [Theory]
    [InlineData(0L, "0s")]
    [InlineData(1L, "1ns")]
    [InlineData(999L, "999ns")]
    [InlineData(1100L, "1.1\u00b5s")]
    [InlineData(2_200_000L, "2.2ms")]
    [InlineData(3_300_000_000L, "3.3s")]
    [InlineData(1_500_000_000L, "1.5s")]
    [InlineData(245_000_000_000L, "4m5s")]
    [InlineData(245_001_000_000L, "4m5.001s")]
    [InlineData(18_367_001_000_000L, "5h6m7.001s")]
    [InlineData(480_000_000_001L, "8m0.000000001s")]
    [InlineData(5_400_000_000_000L, "1h30m0s")]
    [InlineData(86_400_000_000_000L, "24h0m0s")]
    [InlineData(60_000_000_000L, "1m0s")]
    [InlineData(-1_500_000_000L, "-1.5s")]
    [InlineData(-1L, "-1ns")]
    [InlineData(long.MaxValue, "2562047h47m16.854775807s")]
    [InlineData(long.MinValue, "-2562047h47m16.854775808s")]
    public void Format_prints_like_Duration_String(long ns, string expected) =>
        GoDuration.Format(ns).Should().Be(expected);

    [Theory]
    [InlineData("1h30m")]
    [InlineData("-2m3.4s")]
    [InlineData("1.1\u00b5s")]
    [InlineData("8m0.000000001s")]
    public void Format_output_parses_back_to_the_same_duration(string text)
    {
        GoDuration.TryParse(text, out var ns, out _).Should().BeTrue();
        GoDuration.TryParse(GoDuration.Format(ns), out var again, out _).Should().BeTrue();
        again.Should().Be(ns);
    }
}
