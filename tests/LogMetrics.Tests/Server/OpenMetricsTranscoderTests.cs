using System.Text;
using LogMetrics.Server.Formats;

namespace LogMetrics.Tests.Server;

public sealed class OpenMetricsTranscoderTests
{
    [Fact]
    public void A_counter_without_total_gains_it_on_its_samples_only()
    {
        Transcode("""
            # HELP lines defined at a.mtail:1:9-13
            # TYPE lines counter
            lines{prog="a.mtail"} 4

            """).Should().Be("""
            # HELP lines defined at a.mtail:1:9-13
            # TYPE lines counter
            lines_total{prog="a.mtail"} 4

            """);
    }

    [Fact]
    public void Help_escapes_double_quotes_and_keeps_the_other_escapes()
    {
        Transcode("# HELP g say \"hi\" \\\\ \\n\n# TYPE g gauge\ng 1\n")
            .Should().Be("# HELP g say \\\"hi\\\" \\\\ \\n\n# TYPE g gauge\ng 1\n");
    }

    [Fact]
    public void Label_values_with_braces_and_spaces_are_left_alone()
    {
        Transcode("# TYPE c counter\nc{k=\"a} b {\\\"\"} 2 1500\n", timestamps: true)
            .Should().Be("# TYPE c counter\nc_total{k=\"a} b {\\\"\"} 2 1.5\n");
    }

    [Fact]
    public void Negative_timestamps_stay_exact()
    {
        Transcode("# TYPE g gauge\ng -1.5e-07 -1001\n", timestamps: true).Should().Be("# TYPE g gauge\ng -1.5e-07 -1.001\n");
    }

    [Theory]
    [InlineData("# TYPE x_total counter\nx_total 1\n# TYPE x gauge\nx 1\n", "two families are named x in OpenMetrics")]
    [InlineData("# TYPE c counter\nc -1\n", "counter c is negative")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 0\nh_sum 0\nh_count 1\n", "histogram h counts observations in no bucket")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 1\nh_sum -2\nh_count 1\n", "histogram h has a negative sum")]
    public void What_openmetrics_cannot_say_is_refused_with_a_reason(string text, string reason)
    {
        OpenMetricsTranscoder.TryTranscode(text, false, new StringBuilder(), out var why).Should().BeFalse();
        why.Should().Be(reason);
    }

    private static string Transcode(string text, bool timestamps = false)
    {
        var output = new StringBuilder();
        OpenMetricsTranscoder.TryTranscode(text, timestamps, output, out var reason).Should().BeTrue(reason);
        return output.ToString();
    }
}
