using LogMetrics.Metrics;

namespace LogMetrics.Tests.Metrics;

public sealed class DatumTests
{
    [Fact]
    public void Int_datums_set_add_and_wrap_like_go_int64()
    {
        var datum = (IntDatum)new Metric(Defs.Counter("c")).Scalar!;

        datum.Set(long.MaxValue, 5);
        datum.Increment(6).Should().Be(long.MinValue);
        datum.Add(-1, 7).Should().Be(long.MaxValue);
        datum.TimestampNanos.Should().Be(7);
    }

    [Fact]
    public void Counters_can_be_set_below_zero()
    {
        var datum = (IntDatum)new Metric(Defs.Counter("c")).Scalar!;

        datum.Set(-3, 1);

        datum.Value.Should().Be(-3);
    }

    [Fact]
    public void Float_datums_add_atomically_from_several_threads()
    {
        var metric = new Metric(Defs.Make("f", MetricKind.Gauge, MetricValueType.Float, []));
        var datum = (FloatDatum)metric.GetOrCreate([], 0);

        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                datum.Add(0.5, 1);
            }
        });

        datum.Value.Should().Be(20_000);
    }

    [Fact]
    public void String_datums_start_empty_and_take_the_last_value()
    {
        var datum = (StringDatum)new Metric(Defs.Make("t", MetricKind.Text, MetricValueType.String, [])).GetOrCreate([], 3);

        datum.Value.Should().BeEmpty();
        datum.Set("carol", 9);
        datum.Value.Should().Be("carol");
        datum.TimestampNanos.Should().Be(9);
    }

    [Fact]
    public void Histogram_observations_below_the_lowest_edge_count_but_fill_no_range()
    {
        var datum = (HistogramDatum)new Metric(Defs.Histogram("h", [1, 2, 4, 8])).Scalar!;
        foreach (var v in new double[] { 0, 0.5, 1, 1.5, 2, 3, 4, 8, 100, 9 })
        {
            datum.Observe(v, 1);
        }

        var counts = new long[datum.Layout.Ranges.Length];
        datum.CopyTo(counts, out var count, out var sum);

        counts.Should().Equal(2, 2, 2, 1, 2);
        count.Should().Be(10);
        sum.Should().Be(129);
        datum.TimestampNanos.Should().Be(1);
    }

    [Fact]
    public void Expiry_is_recorded_on_the_datum()
    {
        var datum = new Metric(Defs.Counter("c", "k")).GetOrCreate(["a"], 1);

        datum.SetExpiry(3_600_000_000_000);

        datum.ExpiryNanos.Should().Be(3_600_000_000_000);
    }
}
