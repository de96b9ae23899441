using LogMetrics.Exporting.Exposition;
using LogMetrics.Go;

namespace LogMetrics.Tests.Exporting;

public sealed class Utf8TextBufferTests
{
    [Fact]
    public void Negative_zero_keeps_its_sign_as_in_go()
    {
        using var buffer = new Utf8TextBuffer(4);
        buffer.AppendGoFloat(-0.0).ToString().Should().Be("-0").And.Be(GoStrconv.FormatFloatG(-0.0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-5.0)]
    [InlineData(999_999.0)]
    [InlineData(-999_999.0)]
    [InlineData(1_000_000.0)]
    [InlineData(1_234_567.0)]
    [InlineData(0.5)]
    [InlineData(1e21)]
    [InlineData(1e-7)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_number_is_written_as_GoFloat_formats_it(double value)
    {
        using var buffer = new Utf8TextBuffer(4);
        buffer.AppendGoFloat(value).ToString().Should().Be(GoStrconv.FormatFloatG(value));
    }

    [Fact]
    public void Escaping_and_non_ascii_text_survive_growth_from_a_tiny_buffer()
    {
        using var buffer = new Utf8TextBuffer(1);
        buffer.Append("a").AppendEscaped("x\\y\"z\nü€😀", escapeQuote: true).Append((byte)' ').AppendEscaped("h\"\\", escapeQuote: false).Append(-42L);

        buffer.ToString().Should().Be("ax\\\\y\\\"z\\nü€😀 h\"\\\\-42");
    }
}
