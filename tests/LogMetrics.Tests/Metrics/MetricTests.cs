using LogMetrics.Metrics;

namespace LogMetrics.Tests.Metrics;

public sealed class MetricTests
{
    [Fact]
    public void Scalar_counters_exist_from_load_time_with_value_zero_and_time_zero()
    {
        var metric = new Metric(Defs.Counter("c"));

        var scalar = metric.Scalar.Should().BeOfType<IntDatum>().Subject;
        scalar.Value.Should().Be(0);
        scalar.TimestampNanos.Should().Be(0);
        metric.GetLabelSets().Should().ContainSingle();
    }

    [Fact]
    public void Scalar_histograms_exist_from_load_time_with_zero_counts()
    {
        var metric = new Metric(Defs.Histogram("h", [1, 2]));

        var scalar = metric.Scalar.Should().BeOfType<HistogramDatum>().Subject;
        scalar.Count.Should().Be(0);
        scalar.Layout.Ranges.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(MetricKind.Gauge, MetricValueType.Int)]
    [InlineData(MetricKind.Timer, MetricValueType.Float)]
    [InlineData(MetricKind.Text, MetricValueType.String)]
    public void Scalar_gauges_timers_and_text_have_no_datum_until_first_write(MetricKind kind, MetricValueType type)
    {
        var metric = new Metric(Defs.Make("g", kind, type, []));

        metric.Scalar.Should().BeNull();
        metric.GetLabelSets().Should().BeEmpty();
        metric.GetOrCreate([], 42).TimestampNanos.Should().Be(42);
        metric.GetLabelSets().Should().ContainSingle();
    }

    [Fact]
    public void Dimensioned_counters_have_no_label_sets_until_first_write()
    {
        new Metric(Defs.Counter("c", "code")).GetLabelSets().Should().BeEmpty();
    }

    [Fact]
    public void GetOrCreate_returns_the_same_datum_for_the_same_labels()
    {
        var metric = new Metric(Defs.Counter("c", "method", "code"));

        var first = metric.GetOrCreate(["GET", "200"], 10);
        var second = metric.GetOrCreate(["GET", "200"], 20);

        second.Should().BeSameAs(first);
        first.TimestampNanos.Should().Be(10, "a lookup is not a write");
        first.Labels.Should().Equal("GET", "200");
    }

    [Fact]
    public void Label_values_containing_the_separator_do_not_collide()
    {
        var metric = new Metric(Defs.Counter("c", "a", "b"));

        var one = metric.GetOrCreate(["x\0", "y"], 1);
        var two = metric.GetOrCreate(["x", "\0y"], 1);
        var three = metric.GetOrCreate(["x\u0001", "0y"], 1);

        new[] { one, two, three }.Should().OnlyHaveUniqueItems();
        metric.Count.Should().Be(3);
    }

    [Fact]
    public void Long_label_values_use_a_pooled_buffer_and_still_match()
    {
        var metric = new Metric(Defs.Counter("c", "a", "b"));
        var big = new string('x', 5000);

        var created = metric.GetOrCreate([big, "1"], 1);

        metric.TryGet([big, "1"], out var found).Should().BeTrue();
        found.Should().BeSameAs(created);
    }

    [Fact]
    public void The_wrong_number_of_label_values_is_rejected()
    {
        var metric = new Metric(Defs.Counter("c", "a"));

        var act = () => metric.GetOrCreate(["x", "y"], 1);

        act.Should().Throw<ArgumentException>().WithMessage("Metric c has 1 keys but 2 label values were given.");
    }

    [Fact]
    public void TryGet_does_not_create()
    {
        var metric = new Metric(Defs.Gauge("g", "k"));

        metric.TryGet(["a"], out var datum).Should().BeFalse();
        datum.Should().BeNull();
        metric.Count.Should().Be(0);
    }

    [Fact]
    public void Remove_deletes_a_label_set_and_a_later_write_recreates_it_at_the_end()
    {
        var metric = new Metric(Defs.Counter("c", "k"));
        metric.GetOrCreate(["a"], 1);
        metric.GetOrCreate(["b"], 1);

        metric.Remove(["a"]).Should().BeTrue();
        metric.Remove(["a"]).Should().BeFalse("deleting a missing key is a no-op");
        metric.GetOrCreate(["a"], 2);

        metric.GetLabelSets().Select(d => d.Labels[0]).Should().Equal("b", "a");
    }

    [Fact]
    public void Label_sets_are_listed_in_insertion_order()
    {
        var metric = new Metric(Defs.Counter("c", "k"));
        foreach (var label in new[] { "z", "a", "m", "b" })
        {
            metric.GetOrCreate([label], 1);
        }

        metric.GetLabelSets().Select(d => d.Labels[0]).Should().Equal("z", "a", "m", "b");
    }

    [Fact]
    public void Looking_up_an_existing_label_set_allocates_nothing()
    {
        var one = new Metric(Defs.Counter("c1", "k"));
        var three = new Metric(Defs.Counter("c3", "a", "b", "c"));
        string[] single = ["GET"];
        string[] triple = ["GET", "200", "/index.html"];
        var scalar = new Metric(Defs.Counter("c0"));
        one.GetOrCreate(single, 1);
        three.GetOrCreate(triple, 1);

        // Warm up (JIT, tiering) before measuring.
        for (var i = 0; i < 1000; i++)
        {
            Bump(one, three, scalar, single, triple, i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            Bump(one, three, scalar, single, triple, i);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        ((IntDatum)three.GetOrCreate(triple, 0)).Value.Should().Be(11_000);
    }

    private static void Bump(Metric one, Metric three, Metric scalar, string[] single, string[] triple, long now)
    {
        ((IntDatum)one.GetOrCreate(single, now)).Increment(now);
        ((IntDatum)three.GetOrCreate(triple, now)).Increment(now);
        ((IntDatum)scalar.GetOrCreate([], now)).Add(2, now);
    }
}
