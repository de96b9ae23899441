using LogMetrics.Cli.GoFlags;

namespace LogMetrics.Tests.Cli;

/// <summary>Cases follow Go's time.ParseDuration (accepted and rejected inputs).</summary>
public sealed class GoDurationTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("+0", 0L)]
    [InlineData("0s", 0L)]
    [InlineData("5s", 5_000_000_000L)]
    [InlineData("250ms", 250_000_000L)]
    [InlineData("1h", 3_600_000_000_000L)]
    [InlineData("1m30s", 90_000_000_000L)]
    [InlineData("1.5h", 5_400_000_000_000L)]
    [InlineData(".5s", 500_000_000L)]
    [InlineData("1.s", 1_000_000_000L)]
    [InlineData("-1.5µs", -1_500L)]
    [InlineData("1μs", 1_000L)]
    [InlineData("1us", 1_000L)]
    [InlineData("3ns", 3L)]
    [InlineData("2h45m0.5s", 9_900_500_000_000L)]
    [InlineData("1.0000000000000000000001s", 1_000_000_000L)]
    [InlineData("9223372036854775807ns", long.MaxValue)]
    [InlineData("-9223372036854775808ns", long.MinValue)]
    public void Valid_durations_parse_to_gos_nanoseconds(string text, long nanoseconds)
    {
        GoDuration.TryParseNanoseconds(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(nanoseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData(".s")]
    [InlineData("1e3s")]
    [InlineData("1d")]
    [InlineData("1 s")]
    [InlineData("s")]
    [InlineData("1h-5m")]
    [InlineData("9223372036854775808ns")]
    [InlineData("9999999h")]
    [InlineData("３s")]
    public void Invalid_durations_are_rejected(string text)
    {
        GoDuration.TryParseNanoseconds(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Time_spans_keep_100ns_ticks_and_drop_the_rest()
    {
        GoDuration.TryParse("1.2345678s", out var span).Should().BeTrue();
        span.Should().Be(TimeSpan.FromTicks(12_345_678));
        GoDuration.TryParse("99ns", out var tiny).Should().BeTrue();
        tiny.Should().Be(TimeSpan.Zero);
    }
}
