using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// A histogram's value type is fixed by its first assignment, as a gauge's is, and picks mtail's
/// typed setter: an Int histogram fails on a Float value, a Float one on an Int value (except
/// len()'s Go int), a String one on anything; <c>+=</c> always fails once the value is taken. Each
/// failure ends the line. Expected from mtail 3.0.0-rc50 (cases custom-histogram-typed-setter-*).
/// </summary>
public sealed class HistogramSetterTests
{
    static ProgramHarness Run(string body, params string[] lines) => ProgramHarness.Load($$"""
        histogram h buckets 1, 2
        counter rest
        /^a (\S+) (\d+)$/ {
        {{body}}
          rest++
        }
        """).Feed(lines);

    [Fact]
    public void A_float_first_histogram_fails_on_an_int()
    {
        var h = Run("  h = 0.5\n  h = $2", "a x 3", "a x 1");

        h.Histogram("h").Count.Should().Be(2, "each line observed 0.5 before failing");
        h.Histogram("h").Sum.Should().Be(1);
        h.RuntimeErrors.Should().Be(2);
        h.LastRuntimeError.Should().Contain("unexpected float type int64");
        h.Int("rest").Should().Be(0);
    }

    [Fact]
    public void An_int_first_histogram_fails_on_a_float()
    {
        var h = Run("  h = $2\n  h = 2.5", "a x 5");

        h.Histogram("h").Count.Should().Be(1);
        h.Histogram("h").Sum.Should().Be(5);
        h.LastRuntimeError.Should().Contain("unexpected int type float64 %!q(float64=2.5)");
        h.Int("rest").Should().Be(0);
    }

    [Fact]
    public void A_float_histogram_takes_len_as_mtail_does()
    {
        var h = Run("  h = float($2)\n  h = len($1)", "a xyz 1");

        h.RuntimeErrors.Should().Be(0);
        h.Histogram("h").Count.Should().Be(2);
        h.Histogram("h").Sum.Should().Be(4);
    }

    [Fact]
    public void A_string_histogram_fails_but_its_datum_exists()
    {
        var h = Run("  h = $1", "a x 1");

        h.RuntimeErrors.Should().Be(1);
        h.Histogram("h").Count.Should().Be(0);
        h.Int("rest").Should().Be(0);
    }

    [Theory]
    [InlineData("  h = 1.5\n  h += 1.5", 1)]
    [InlineData("  h = 2\n  h += 1", 1)]
    [InlineData("  h += 1.5", 0)]
    public void Add_assign_on_a_histogram_fails(string body, long observed)
    {
        var h = Run(body, "a x 1");

        h.RuntimeErrors.Should().Be(1);
        h.Histogram("h").Count.Should().Be(observed);
        h.Int("rest").Should().Be(0);
    }

    [Fact]
    public void Labelled_histograms_share_their_setter()
    {
        var h = ProgramHarness.Load("""
            histogram lat buckets 1, 10, 100 by code
            /^r (\d+) (\d+)$/ {
              lat[$1] = $2
            }
            /^f (\d+)$/ {
              lat[$1] = 2.5
            }
            """).Feed("r 200 5", "f 200", "r 500 50", "f 500");

        h.Histogram("lat", "200").Count.Should().Be(1);
        h.Histogram("lat", "500").Sum.Should().Be(50);
        h.RuntimeErrors.Should().Be(2);
    }
}
