using LogMetrics.Metrics;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Metrics;

/// <summary><c>-max_series</c>: a store-wide cap on label sets, with one overflow series per metric past it.</summary>
public sealed class SeriesCapTests
{
    [Fact]
    public void Past_the_cap_new_label_sets_go_to_the_overflow_series_and_are_counted()
    {
        var store = new MetricStore { MaxSeries = 3 };
        var hits = store.Add(Defs.Counter("hits", "user"));
        var bytes = store.Add(Defs.Counter("bytes", "user", "code"));
        foreach (var user in new[] { "a", "b" })
        {
            ((IntDatum)hits.GetOrCreate([user], 1)).Increment(1);
        }
        ((IntDatum)bytes.GetOrCreate(["a", "200"], 1)).Add(10, 1);

        ((IntDatum)hits.GetOrCreate(["c"], 2)).Increment(1);
        ((IntDatum)hits.GetOrCreate(["d"], 2)).Increment(1);
        ((IntDatum)bytes.GetOrCreate(["b", "500"], 2)).Add(5, 2);
        ((IntDatum)hits.GetOrCreate(["a"], 3)).Increment(1);

        Values(hits).Should().Equal("__overflow__=2", "a=2", "b=1");
        Values(bytes).Should().Equal("__overflow__,__overflow__=5", "a,200=10");
        hits.OverflowWrites.Should().Be(2);
        bytes.OverflowWrites.Should().Be(1);
        store.SeriesUsed.Should().Be(3);
        SeriesOverflow.Totals(store).Should().Equal(("bytes", 1L), ("hits", 2L));
    }

    [Fact]
    public void Removing_a_label_set_gives_its_place_back()
    {
        var store = new MetricStore { MaxSeries = 2 };
        var hits = store.Add(Defs.Counter("hits", "user"));
        hits.GetOrCreate(["a"], 1);
        hits.GetOrCreate(["b"], 1);

        hits.Remove(["a"]).Should().BeTrue();
        hits.GetOrCreate(["c"], 2);

        Values(hits).Should().Equal("b=0", "c=0");
        hits.OverflowWrites.Should().Be(0);
    }

    [Fact]
    public void Without_a_cap_nothing_overflows()
    {
        var store = new MetricStore();
        var hits = store.Add(Defs.Counter("hits", "user"));
        for (var i = 0; i < 1000; i++)
        {
            hits.GetOrCreate([$"u{i}"], 1);
        }

        hits.Count.Should().Be(1000);
        hits.OverflowWrites.Should().Be(0);
        store.MaxSeries.Should().Be(0);
    }

    [Fact]
    public void A_reload_that_adopts_the_label_sets_does_not_count_them_twice()
    {
        var store = new MetricStore { MaxSeries = 2 };
        var program = "counter hits by user\n/(?P<u>\\w+)/ {\n  hits[$u]++\n}\n";
        ProgramHarness.Load(program, store: store).Feed("a", "b");

        var reloaded = ProgramHarness.Load(program, store: store).Feed("a", "c");

        reloaded.Rows("hits").Should().Equal("__overflow__=1", "a=2", "b=1");
        store.SeriesUsed.Should().Be(2);
    }

    [Fact]
    public void A_metric_with_a_limit_still_evicts_its_oldest_within_the_cap()
    {
        var store = new MetricStore { MaxSeries = 10 };
        var hits = new Metric(Defs.Make("hits", MetricKind.Counter, MetricValueType.Int, ["user"], limit: 2)) { EvictAtLimit = true };
        store.Add(hits);
        for (var i = 0; i < 100; i++)
        {
            ((IntDatum)hits.GetOrCreate([$"u{i}"], i)).Increment(1);
        }

        Values(hits).Should().Equal("u98=1", "u99=1");
        store.SeriesUsed.Should().Be(2);
        hits.OverflowWrites.Should().Be(0);
    }

    static string[] Values(Metric metric) =>
        [.. metric.GetLabelSets().Select(d => $"{string.Join(",", d.Labels)}={((IntDatum)d).Value}").Order(StringComparer.Ordinal)];
}

/// <summary>Process-wide heap figures are only meaningful while no other test allocates, so this runs alone.</summary>
[Collection(HeapMeasurement.Name)]
public sealed class SeriesCapMemoryTests
{
    [Fact]
    public void A_million_distinct_label_values_keep_memory_flat_at_the_cap()
    {
        var store = new MetricStore { MaxSeries = 10_000 };
        var harness = ProgramHarness.Load("counter hits by user\n/user=(?P<u>\\S+)/ {\n  hits[$u]++\n}\n", store: store);
        var line = 0;
        void Feed(int count)
        {
            for (var end = line + count; line < end; line++)
            {
                harness.Program.ProcessLine("user=u" + line.ToString(System.Globalization.CultureInfo.InvariantCulture), ProgramHarness.DefaultLog);
            }
        }

        Feed(100_000);
        var atCap = GC.GetTotalMemory(forceFullCollection: true);
        Feed(900_000);
        var afterMillion = GC.GetTotalMemory(forceFullCollection: true);

        harness.Metric("hits").Count.Should().Be(10_001);
        harness.Int("hits", Metric.OverflowLabel).Should().Be(990_000);
        harness.Metric("hits").OverflowWrites.Should().Be(990_000);
        (afterMillion - atCap).Should().BeLessThan(4 * 1024 * 1024,
            "managed memory after GC must not grow once the store is at its cap (at cap: {0} bytes, after 1M lines: {1})", atCap, afterMillion);
    }
}
