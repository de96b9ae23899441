using LogMetrics.Metrics;

namespace LogMetrics.Tests.Metrics;

public sealed class MetricStoreTests
{
    private const long Hour = 3_600_000_000_000;

    [Fact]
    public void One_name_from_several_programs_is_kept_in_add_order()
    {
        var store = new MetricStore();
        var a = store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, ["x"], program: "a.mtail"));
        var b = store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, [], program: "b.mtail"));

        store.GetMetrics("shared").Should().Equal(a, b);
        store.GetMetrics("missing").Should().BeEmpty();
    }

    [Fact]
    public void A_different_kind_under_an_existing_name_is_rejected_with_mtails_message()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, [], program: "a.mtail"));

        var ok = store.TryAdd(new Metric(Defs.Make("shared", MetricKind.Gauge, MetricValueType.Int, [], program: "b.mtail")), out var error);

        ok.Should().BeFalse();
        error.Should().Be("Metric shared has different kind Gauge to existing Counter.");
        store.GetMetrics("shared").Should().ContainSingle();
    }

    [Fact]
    public void Add_throws_on_a_kind_conflict()
    {
        var store = new MetricStore();
        store.Add(Defs.Counter("c"));

        var act = () => store.Add(Defs.Make("c", MetricKind.Histogram, MetricValueType.Buckets, [], program: "b.mtail"));

        act.Should().Throw<MetricStoreException>().WithMessage("Metric c has different kind Histogram to existing Counter.");
    }

    [Fact]
    public void Reloading_a_program_keeps_its_label_sets_when_the_keys_are_unchanged()
    {
        var store = new MetricStore();
        var old = store.Add(Defs.Counter("c", "k"));
        ((IntDatum)old.GetOrCreate(["a"], 1)).Add(5, 1);

        var reloaded = store.Add(Defs.Counter("c", "k"));

        store.GetMetrics("c").Should().Equal(reloaded);
        ((IntDatum)reloaded.GetOrCreate(["a"], 2)).Value.Should().Be(5);
        reloaded.GetOrCreate(["b"], 2);
        reloaded.GetLabelSets().Select(d => d.Labels[0]).Should().Equal("a", "b");
    }

    [Fact]
    public void Reloading_with_changed_keys_drops_the_old_label_sets()
    {
        var store = new MetricStore();
        store.Add(Defs.Counter("c", "k")).GetOrCreate(["a"], 1);

        var reloaded = store.Add(Defs.Counter("c", "k", "j"));

        store.GetMetrics("c").Should().Equal(reloaded);
        reloaded.Count.Should().Be(0);
    }

    [Fact]
    public void Families_are_sorted_by_name_in_go_byte_order()
    {
        var store = new MetricStore();
        foreach (var name in new[] { "b", "a_b", "a-b", "B", "\uffff", "\U0001F600" })
        {
            store.Add(Defs.Counter(name));
        }

        store.GetFamilies().Select(f => f.Name).Should().Equal("B", "a-b", "a_b", "b", "\uffff", "\U0001F600");
    }

    [Fact]
    public void Gc_trims_to_the_limit_removing_the_oldest_writes_first()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Make("hits", MetricKind.Counter, MetricValueType.Int, ["client"], limit: 2));
        ((IntDatum)metric.GetOrCreate(["a"], 10)).Increment(50);
        metric.GetOrCreate(["b"], 20);
        metric.GetOrCreate(["c"], 30);
        metric.GetOrCreate(["d"], 40);

        store.CollectGarbage(100).Should().Be(2);

        metric.GetLabelSets().Select(d => d.Labels[0]).Should().Equal("a", "d");
    }

    [Fact]
    public void Gc_removes_label_sets_whose_expiry_has_passed()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Counter("last_seen", "host"));
        metric.GetOrCreate(["a"], 0).SetExpiry(Hour);
        metric.GetOrCreate(["b"], 0).SetExpiry(24 * Hour);
        metric.GetOrCreate(["c"], 0);

        store.CollectGarbage(Hour).Should().Be(0, "expiry needs now - time to exceed the duration");
        store.CollectGarbage(Hour + 1).Should().Be(1);

        metric.GetLabelSets().Select(d => d.Labels[0]).Should().Equal("b", "c");
    }

    [Fact]
    public void Gc_never_removes_scalars()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Counter("c"));

        store.CollectGarbage(long.MaxValue).Should().Be(0);
        metric.Scalar.Should().NotBeNull();
    }
}
