using System.Collections.Immutable;
using LogMetrics.Metrics;

namespace LogMetrics.Tests.Metrics;

public sealed class LimitOnCreateTests
{
    static Metric Hits(bool evict) => new(new MetricDefinition("hits", "p.mtail", MetricKind.Counter, MetricValueType.Int,
        ImmutableArray.Create("client"), "p.mtail:1:9-12", [], 2)) { EvictAtLimit = evict };

    static string[] Clients(Metric metric) => [.. metric.GetLabelSets().Select(d => d.Labels[0]).Order(StringComparer.Ordinal)];

    [Fact]
    public void Creating_a_label_set_past_the_limit_evicts_the_least_recently_written()
    {
        var hits = Hits(evict: true);
        ((IntDatum)hits.GetOrCreate(["a"], 1)).Increment(1);
        ((IntDatum)hits.GetOrCreate(["b"], 2)).Increment(2);
        ((IntDatum)hits.GetOrCreate(["a"], 3)).Increment(3);

        hits.GetOrCreate(["c"], 4);

        Clients(hits).Should().Equal("a", "c");
    }

    [Fact]
    public void Without_eviction_the_limit_waits_for_garbage_collection_as_in_mtail_rc50()
    {
        var hits = Hits(evict: false);
        foreach (var (client, time) in new[] { ("a", 1L), ("b", 2L), ("c", 3L) })
        {
            ((IntDatum)hits.GetOrCreate([client], time)).Increment(time);
        }

        Clients(hits).Should().Equal("a", "b", "c");
    }
}
