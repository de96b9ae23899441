using LogMetrics.Exporting.Plaintext;
using LogMetrics.Metrics;
using LogMetrics.Server.Formats;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Server;

public sealed class DumpFormatTests
{
    [Fact]
    public void Varz_sorts_pairs_as_strings_and_leaves_values_raw()
    {
        var store = new MetricStore();
        var gauge = store.Add(Defs.Make("g", MetricKind.Gauge, MetricValueType.Float, ["a_b", "a"]));
        ((FloatDatum)gauge.GetOrCreate(["x=y", "GET"], 1)).Set(1e21, 1);

        VarzWriter.Render(store, emitProgLabel: true, "host.example.org")
            .Should().Be("g{a=GET,a_b=x=y,prog=x.mtail,instance=host.example.org} 1e+21\n");
    }

    [Fact]
    public void Graphite_replaces_dots_in_label_names_and_values_but_not_in_the_name()
    {
        var store = new MetricStore();
        var counter = store.Add(Defs.Make("a.b", MetricKind.Counter, MetricValueType.Int, ["z", "k.k"]));
        ((IntDatum)counter.GetOrCreate(["v.v", "/var/log/app.log"], -1_500_000_000)).Increment(-1_500_000_000);

        GraphiteLines.Render(store, string.Empty, includeText: true)
            .Should().Be("x.mtail.a.b.k_k./var/log/app_log.z.v_v 1 -1\n");
    }

    [Fact]
    public void Graphite_and_varz_print_a_string_gauge_as_its_text()
    {
        var store = new MetricStore();
        ((StringDatum)store.Add(Defs.Make("s", MetricKind.Gauge, MetricValueType.String, [])).GetOrCreate([], 0)).Set("a b", 0);

        VarzWriter.Render(store, emitProgLabel: false, "h").Should().Be("s{instance=h} a b\n");
        GraphiteLines.Render(store, string.Empty, includeText: true).Should().Be("x.mtail.s a b 0\n");
    }
}
