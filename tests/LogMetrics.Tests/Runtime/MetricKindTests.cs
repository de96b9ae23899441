using LogMetrics.Metrics;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>Every metric kind as the runtime writes it, checked against mtail 3.0.0-rc50.</summary>
public sealed class MetricKindTests
{
    [Fact]
    public void A_scalar_counter_exists_from_load_at_0_with_time_0_and_a_gauge_does_not()
    {
        var harness = ProgramHarness.Load("""
            counter c
            gauge g
            histogram h buckets 1, 2
            /never/ {
              c++
              g = 1
              h = 1
            }
            """);

        harness.Feed("something else");

        harness.Int("c").Should().Be(0);
        harness.Datum("c")!.TimestampNanos.Should().Be(0);
        harness.Histogram("h").Count.Should().Be(0);
        harness.Datum("h")!.TimestampNanos.Should().Be(0);
        harness.Datum("g").Should().BeNull();
    }

    [Fact]
    public void A_counter_can_be_set_to_a_negative_value_and_decremented()
    {
        var harness = ProgramHarness.Load("""
            counter c
            counter d
            /x/ {
              c = -3
              d--
              d--
            }
            """);

        harness.Feed("x");

        harness.Int("c").Should().Be(-3);
        harness.Int("d").Should().Be(-2);
    }

    [Fact]
    public void Timer_and_text_metrics_hold_their_values()
    {
        var harness = ProgramHarness.Load("""
            timer tm
            text t
            /^(?P<ms>\d+)$/ {
              tm = $ms
              t = "a"
              t += "b"
            }
            """);

        harness.Feed("42");

        harness.Int("tm").Should().Be(42);
        harness.Metric("tm").Definition.Kind.Should().Be(MetricKind.Timer);
        harness.Text("t").Should().Be("ab");
    }

    public static TheoryData<string, string, long[], long, double> Histograms => new()
    {
        // Observations 0, -5, 1, 3, 10, 2. rc50 counts a value at or below the lowest range's
        // minimum in no range at all, but in the count and the sum.
        { "positive boundaries add a range from 0; 0 and -5 fall in none", "1, 2, 4", [1, 1, 1, 1], 6, 11 },
        { "a first boundary of 0 is only a lower edge", "0, 1, 2", [1, 1, 2], 6, 11 },
        { "negative boundaries", "-10, 0, 10", [2, 4, 0], 6, 11 },
    };

    [Theory]
    [MemberData(nameof(Histograms))]
    public void Histograms_count_observations_in_rc50s_ranges(string description, string buckets, long[] ranges, long count, double sum)
    {
        var harness = ProgramHarness.Load($$"""
            histogram h buckets {{buckets}}
            /^(?P<v>-?\d+)$/ {
              h = $v
            }
            """);

        harness.Feed("0", "-5", "1", "3", "10", "2");

        var histogram = harness.Histogram("h");
        var actual = new long[histogram.Layout.Ranges.Length];
        histogram.CopyTo(actual, out var actualCount, out var actualSum);
        actual.Should().Equal(ranges, description);
        actualCount.Should().Be(count, description);
        actualSum.Should().Be(sum, description);
    }

    [Fact]
    public void Incrementing_a_histogram_is_a_runtime_error()
    {
        var harness = ProgramHarness.Load("""
            histogram h buckets 1, 2
            /inc/ {
              h++
            }
            """);

        harness.Feed("inc");

        harness.RuntimeErrors.Should().Be(1);
        harness.Histogram("h").Count.Should().Be(0);
    }

    [Fact]
    public void Keys_are_formatted_as_strings_with_d_and_g()
    {
        var harness = ProgramHarness.Load("""
            gauge g by a, b, c
            counter n by f
            /^(?P<i>-?\d+) (?P<f>-?\d+\.\d+) (?P<s>\S+)$/ {
              g[$i, $f, $s] = 1
              n[$f * 1.0e21] = 2
            }
            """);

        harness.Feed("-7 2.50 abc", "12 100.0 x");

        harness.Rows("g").Should().Equal("-7,2.5,abc=1", "12,100,x=1");
        harness.Rows("n").Should().Equal("1e+23=2", "2.5e+21=2");
    }

    [Fact]
    public void A_hidden_metric_is_usable_but_not_in_the_store()
    {
        var harness = ProgramHarness.Load("""
            hidden gauge last
            counter total by k
            /^(?P<v>\d+)$/ {
              total["delta"] += $v - last
              last = $v
            }
            """);

        harness.Feed("5", "8", "20");

        harness.Rows("total").Should().Equal("delta=20");
        harness.Store.GetMetrics("last").Should().BeEmpty();
    }

    [Fact]
    public void The_datum_is_created_before_a_failing_right_hand_side()
    {
        var harness = ProgramHarness.Load("""
            gauge g by k
            /^(?P<k>\w+) (?P<v>\S+)$/ {
              g[$k] = strtol($v, 16)
            }
            """);

        harness.Feed("a ff", "b 0x1F");

        harness.Rows("g").Should().Equal("a=255", "b=0");
        harness.Datum("g", "b")!.TimestampNanos.Should().Be(harness.Clock.NowNanos);
    }

    [Fact]
    public void Reading_a_metric_creates_its_datum()
    {
        var harness = ProgramHarness.Load("""
            gauge g by k
            counter c
            /^(?P<k>\w+)$/ {
              g[$k] > 0 {
                c++
              }
            }
            """);

        harness.Feed("a");

        harness.Rows("g").Should().Equal("a=0");
        harness.Int("c").Should().Be(0);
    }
}
