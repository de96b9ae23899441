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

    [Fact]
    public void A_label_set_written_again_after_the_oldest_were_picked_is_not_evicted()
    {
        var hits = new Metric(new MetricDefinition("hits", "p.mtail", MetricKind.Counter, MetricValueType.Int,
            ImmutableArray.Create("client"), "p.mtail:1:9-12", [], 16)) { EvictAtLimit = true };
        for (var i = 1; i <= 16; i++)
        {
            ((IntDatum)hits.GetOrCreate([$"c{i}"], i)).Increment(i);
        }

        hits.GetOrCreate(["c17"], 17);          // evicts c1, the oldest
        ((IntDatum)hits.GetOrCreate(["c2"], 20)).Increment(20); // c2 is now the newest
        hits.GetOrCreate(["c18"], 21);          // must evict c3, not c2

        var clients = hits.GetLabelSets().Select(d => d.Labels[0]).ToList();
        clients.Should().HaveCount(16).And.Contain("c2").And.NotContain("c1").And.NotContain("c3");
    }
}
