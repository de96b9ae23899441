using LogMetrics.Exporting.Exposition;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Exporting;

public sealed class PrometheusTextWriterTests
{
    private static string Text(MetricStore store, PrometheusWriterOptions? options = null)
    {
        var result = PrometheusTextWriter.Render(store, options);
        result.Error.Should().BeNull();
        return result.Text;
    }

    [Fact]
    public void The_reference_program_prints_exactly_what_mtail_prints()
    {
        Text(ReferenceStore.Build()).Should().Be(ReferenceOutputs.Prometheus);
    }

    [Fact]
    public void Timestamps_are_the_datum_time_in_milliseconds_on_every_line()
    {
        var text = Text(ReferenceStore.Build(), new PrometheusWriterOptions { EmitTimestamps = true });

        text.Should().Contain("""
            http_requests_total{code="200",method="GET",prog="ref.mtail"} 2 1714557601000
            http_requests_total{code="500",method="POST",prog="ref.mtail"} 1 1714557602000
            """);
        text.Should().Contain("""
            latency_ms_bucket{method="GET",prog="ref.mtail",le="10"} 0 1714557601000
            """);
        text.Should().Contain("latency_ms_sum{method=\"POST\",prog=\"ref.mtail\"} 600.25 1714557602000\n");
        text.Should().Contain("renamed_total{prog=\"ref.mtail\"} 6 1714557602000\n");
    }

    [Fact]
    public void Unwritten_scalar_counters_export_zero_with_timestamp_zero()
    {
        var store = new MetricStore();
        store.Add(Defs.Counter("c"));

        Text(store, new PrometheusWriterOptions { EmitTimestamps = true }).Should().Be("""
            # HELP c defined at x.mtail:1:9-12
            # TYPE c counter
            c{prog="x.mtail"} 0 0

            """);
    }

    [Fact]
    public void Without_the_prog_label_a_scalar_has_no_braces()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Counter("c")).Scalar!).Set(1_000_000, 1);

        Text(store, new PrometheusWriterOptions { EmitProgLabel = false }).Should().Be("""
            # HELP c defined at x.mtail:1:9-12
            # TYPE c counter
            c 1e+06

            """);
    }

    [Fact]
    public void Gauges_and_timers_are_gauges_and_float_values_use_go_g_format()
    {
        var store = new MetricStore();
        var gauge = store.Add(Defs.Make("g", MetricKind.Gauge, MetricValueType.Float, ["k"]));
        var timer = store.Add(Defs.Make("t", MetricKind.Timer, MetricValueType.Float, []));
        ((FloatDatum)gauge.GetOrCreate(["b"], 1)).Set(-1.5, 1);
        ((FloatDatum)gauge.GetOrCreate(["a"], 1)).Set(0.00001, 1);
        ((FloatDatum)timer.GetOrCreate([], 1)).Set(1234567, 1);

        Text(store).Should().Be("""
            # HELP g defined at x.mtail:1:9-12
            # TYPE g gauge
            g{k="a",prog="x.mtail"} 1e-05
            g{k="b",prog="x.mtail"} -1.5
            # HELP t defined at x.mtail:1:9-12
            # TYPE t gauge
            t{prog="x.mtail"} 1.234567e+06

            """);
    }

    [Fact]
    public void Text_metrics_and_unwritten_gauges_are_left_out()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("text", MetricKind.Text, MetricValueType.String, [])).GetOrCreate([], 1);
        store.Add(Defs.Gauge("g"));
        store.Add(Defs.Counter("c", "k"));

        Text(store).Should().BeEmpty();
    }

    [Fact]
    public void String_typed_gauges_export_zero()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Make("s", MetricKind.Gauge, MetricValueType.String, []));
        ((StringDatum)metric.GetOrCreate([], 1)).Set("abc", 1);

        Text(store).Should().EndWith("s{prog=\"x.mtail\"} 0\n");
    }

    [Fact]
    public void Histograms_are_cumulative_and_values_at_or_below_the_lowest_edge_are_only_counted()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Make("latency", MetricKind.Histogram, MetricValueType.Buckets, [], "hist.mtail", "hist.mtail:1:11-17") with { Buckets = [1, 2, 4, 8] });
        foreach (var v in new double[] { 0, 0.5, 1, 1.5, 2, 3, 4, 8, 9, 100 })
        {
            ((HistogramDatum)metric.Scalar!).Observe(v, 1);
        }

        Text(store).Should().Be("""
            # HELP latency defined at hist.mtail:1:11-17
            # TYPE latency histogram
            latency_bucket{prog="hist.mtail",le="1"} 2
            latency_bucket{prog="hist.mtail",le="2"} 4
            latency_bucket{prog="hist.mtail",le="4"} 6
            latency_bucket{prog="hist.mtail",le="8"} 7
            latency_bucket{prog="hist.mtail",le="+Inf"} 9
            latency_sum{prog="hist.mtail"} 129
            latency_count{prog="hist.mtail"} 10

            """);
    }

    [Fact]
    public void A_histogram_without_labels_puts_le_alone_in_braces()
    {
        var store = new MetricStore();
        store.Add(Defs.Histogram("h", [0, 1]));

        Text(store, new PrometheusWriterOptions { EmitProgLabel = false }).Should().Be("""
            # HELP h defined at x.mtail:1:9-12
            # TYPE h histogram
            h_bucket{le="1"} 0
            h_bucket{le="+Inf"} 0
            h_sum 0
            h_count 0

            """);
    }

    [Fact]
    public void Label_values_are_escaped_and_utf8_passes_through()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Counter("seen", "v"));
        foreach (var v in new[] { "quote\"back\\\\slash", "line\nbreak", "tab\there", "日本語 🎉" })
        {
            ((IntDatum)metric.GetOrCreate([v], 1)).Increment(1);
        }

        Text(store).Should().Be("""
            # HELP seen defined at x.mtail:1:9-12
            # TYPE seen counter
            seen{prog="x.mtail",v="line\nbreak"} 1
            seen{prog="x.mtail",v="quote\"back\\\\slash"} 1
            seen{prog="x.mtail",v="tab	here"} 1
            seen{prog="x.mtail",v="日本語 🎉"} 1

            """);
    }

    [Fact]
    public void Hyphens_become_underscores_and_other_invalid_names_are_dropped_with_a_warning()
    {
        var store = new MetricStore();
        ((IntDatum)store.Add(Defs.Counter("a-b")).Scalar!).Increment(1);
        store.Add(Defs.Counter("a.b.c"));
        store.Add(Defs.Counter("lab", "label-with-hyphen")).GetOrCreate(["x"], 1);
        store.Add(Defs.Counter("dup", "prog")).GetOrCreate(["x"], 1);
        store.Add(Defs.Counter("ns:metric"));

        var result = PrometheusTextWriter.Render(store);

        result.Error.Should().BeNull();
        result.Warnings.Should().Equal(
            "\"a.b.c\" is not a valid metric name",
            "duplicate label names in constant and variable labels for metric \"dup\"",
            "\"label-with-hyphen\" is not a valid label name for metric \"lab\"");
        result.Text.Should().Be("""
            # HELP a_b defined at x.mtail:1:9-12
            # TYPE a_b counter
            a_b{prog="x.mtail"} 1
            # HELP ns:metric defined at x.mtail:1:9-12
            # TYPE ns:metric counter
            ns:metric{prog="x.mtail"} 0

            """);
    }

    [Fact]
    public void Programs_sharing_a_name_share_one_family_with_the_first_programs_help()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("shared", MetricKind.Gauge, MetricValueType.Int, [], "a.mtail", "a.mtail:1:7-12"));
        var b = store.Add(Defs.Make("shared", MetricKind.Gauge, MetricValueType.Int, [], "b.mtail", "b.mtail:2:7-12"));
        var c = store.Add(Defs.Make("shared", MetricKind.Gauge, MetricValueType.Int, [], "c.mtail", "c.mtail:3:7-12"));
        ((IntDatum)c.GetOrCreate([], 1)).Set(3, 1);
        ((IntDatum)b.GetOrCreate([], 1)).Set(2, 1);

        Text(store).Should().Be("""
            # HELP shared defined at b.mtail:2:7-12
            # TYPE shared gauge
            shared{prog="b.mtail"} 2
            shared{prog="c.mtail"} 3

            """);
    }

    [Fact]
    public void Different_label_names_for_one_name_fail_with_client_golangs_message()
    {
        var store = new MetricStore();
        var a = store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, ["x"], "a.mtail", "a.mtail:1:9-14"));
        store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, [], "b.mtail", "b.mtail:1:9-14"));
        a.GetOrCreate(["one"], 1);
        var output = new StringWriter();

        var result = PrometheusTextWriter.Write(store, output);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Be("descriptors reported by collector have inconsistent label names or help strings for the same fully-qualified name, offender is Desc{fqName: \"shared\", help: \"defined at a.mtail:1:9-14\", constLabels: {}, variableLabels: [prog]}");
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public void The_daemon_can_serve_inconsistent_label_names_in_one_family()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, ["x"], "a.mtail", "a.mtail:1:9-14")).GetOrCreate(["one"], 1);
        store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, [], "b.mtail", "b.mtail:1:9-14"));

        Text(store, new PrometheusWriterOptions { RejectInconsistentLabelNames = false }).Should().Be("""
            # HELP shared defined at a.mtail:1:9-14
            # TYPE shared counter
            shared{prog="b.mtail"} 0
            shared{prog="a.mtail",x="one"} 0

            """);
    }

    [Fact]
    public void Duplicate_series_fail_the_whole_output()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("c", MetricKind.Counter, MetricValueType.Int, [], "a.mtail"));
        store.Add(Defs.Make("c", MetricKind.Counter, MetricValueType.Int, [], "b.mtail"));

        var result = PrometheusTextWriter.Render(store, new PrometheusWriterOptions { EmitProgLabel = false });

        result.Error.Should().Be("collected metric \"c\" {} was collected before with the same name and label values");
        result.Text.Should().BeEmpty();
    }

    [Fact]
    public void Deleted_label_sets_disappear_from_the_output()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Counter("c", "k"));
        metric.GetOrCreate(["a"], 1);
        metric.GetOrCreate(["b"], 1);
        metric.Remove(["a"]);

        Text(store).Should().NotContain("k=\"a\"").And.Contain("c{k=\"b\",prog=\"x.mtail\"} 0\n");
    }
}
