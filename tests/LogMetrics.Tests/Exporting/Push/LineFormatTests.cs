using LogMetrics.Exporting.Plaintext;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;
using HostPort = LogMetrics.Exporting.Push.HostPort;

namespace LogMetrics.Tests.Exporting.Push;

public sealed class LineFormatTests
{
    static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_714_979_289);

    [Fact]
    public void Graphite_push_writes_each_label_sets_own_bins_and_skips_text()
    {
        GraphiteLines.Render(PushedProgram.Store(Now), "gp.", includeText: false).Should().Be("""
            gp.test.mtail.last_size 400 1714979289
            gp.test.mtail.latency_ms.method.GET.bin_10 1 1714979289
            gp.test.mtail.latency_ms.method.GET.bin_50 1 1714979289
            gp.test.mtail.latency_ms.method.GET.bin_100 1 1714979289
            gp.test.mtail.latency_ms.method.GET.bin_inf 0 1714979289
            gp.test.mtail.latency_ms.method.GET.count 3 1714979289
            gp.test.mtail.latency_ms.method.GET 105 1714979289
            gp.test.mtail.latency_ms.method.POST.bin_10 0 1714979289
            gp.test.mtail.latency_ms.method.POST.bin_50 0 1714979289
            gp.test.mtail.latency_ms.method.POST.bin_100 0 1714979289
            gp.test.mtail.latency_ms.method.POST.bin_inf 1 1714979289
            gp.test.mtail.latency_ms.method.POST.count 1 1714979289
            gp.test.mtail.latency_ms.method.POST 120 1714979289
            gp.test.mtail.ratio_total 2 1714979289
            gp.test.mtail.requests_total.code.200.method.GET 2 1714979289
            gp.test.mtail.requests_total.code.500.method.POST 1 1714979289
            gp.test.mtail.requests_total.code.404.method.GET 1 1714979289
            gp.test.mtail.t_ms 30 1714979289

            """.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Graphite_http_dump_keeps_text_metrics()
    {
        GraphiteLines.Render(PushedProgram.Store(Now), "", includeText: true)
            .Should().Contain("test.mtail.last_user dave 1714979289\n");
    }

    [Fact]
    public void Statsd_sends_one_datagram_per_label_set_with_the_kinds_type_and_no_newline()
    {
        var store = PushedProgram.Store(Now);
        PushedSeries.Of(store).Select(s => StatsdLines.Datagram("sp.", s.Metric.Definition, s.Datum)).Should().Equal(
            "sp.test.mtail.last_size:400|g",
            "sp.test.mtail.latency_ms.method.GET:105|",
            "sp.test.mtail.latency_ms.method.POST:120|",
            "sp.test.mtail.ratio_total:2|c",
            "sp.test.mtail.requests_total.code.200.method.GET:2|c",
            "sp.test.mtail.requests_total.code.500.method.POST:1|c",
            "sp.test.mtail.requests_total.code.404.method.GET:1|c",
            "sp.test.mtail.t_ms:30|ms");
    }

    [Fact]
    public void Collectd_putval_names_host_prefix_program_and_kind_with_timer_as_gauge()
    {
        var store = PushedProgram.Store(Now);
        PushedSeries.Of(store).Select(s => CollectdLines.Putval("vm", "cp-", TimeSpan.FromSeconds(2.9), s.Metric.Definition, s.Datum))
            .Should().Equal(
                "PUTVAL \"vm/cp-mtail-test.mtail/gauge-last_size\" interval=2 1714979289:400\n",
                "PUTVAL \"vm/cp-mtail-test.mtail/histogram-latency_ms-method-GET\" interval=2 1714979289:105\n",
                "PUTVAL \"vm/cp-mtail-test.mtail/histogram-latency_ms-method-POST\" interval=2 1714979289:120\n",
                "PUTVAL \"vm/cp-mtail-test.mtail/counter-ratio_total\" interval=2 1714979289:2\n",
                "PUTVAL \"vm/cp-mtail-test.mtail/counter-requests_total-code-200-method-GET\" interval=2 1714979289:2\n",
                "PUTVAL \"vm/cp-mtail-test.mtail/counter-requests_total-code-500-method-POST\" interval=2 1714979289:1\n",
                "PUTVAL \"vm/cp-mtail-test.mtail/counter-requests_total-code-404-method-GET\" interval=2 1714979289:1\n",
                "PUTVAL \"vm/cp-mtail-test.mtail/gauge-t_ms\" interval=2 1714979289:30\n");
    }

    [Fact]
    public void Separators_inside_labels_become_underscores_but_the_name_is_left_alone()
    {
        var store = new MetricStore();
        var counter = store.Add(Defs.Make("a.b-c", MetricKind.Counter, MetricValueType.Int, ["z", "k.k-k"]));
        ((IntDatum)counter.GetOrCreate(["v.v-v", "/var/log/app-1.log"], 3_000_000_000)).Increment(3_000_000_000);
        var (metric, datum) = PushedSeries.Of(store).Single();

        StatsdLines.Datagram("", metric.Definition, datum).Should().Be("x.mtail.a.b-c.k_k-k./var/log/app-1_log.z.v_v-v:1|c");
        CollectdLines.Putval("h", "", TimeSpan.FromMinutes(1), metric.Definition, datum)
            .Should().Be("PUTVAL \"h/mtail-x.mtail/counter-a.b-c-k.k_k-/var/log/app_1.log-z-v.v_v\" interval=60 3:1\n");
    }

    [Fact]
    public void Float_values_print_as_go_percent_g_and_untouched_counters_at_time_zero()
    {
        var store = new MetricStore();
        ((FloatDatum)store.Add(Defs.Make("f", MetricKind.Gauge, MetricValueType.Float, [])).GetOrCreate([], 1_000_000_000)).Set(1e21, 1_000_000_000);
        store.Add(Defs.Make("c", MetricKind.Counter, MetricValueType.Int, []));

        GraphiteLines.Render(store, "", includeText: false).Should().Be("x.mtail.c 0 0\nx.mtail.f 1e+21 1\n");
    }

    [Theory]
    [InlineData("carbon:2003", "carbon", 2003)]
    [InlineData("[::1]:8125", "::1", 8125)]
    [InlineData(":2003", "localhost", 2003)]
    public void Host_port_splits_like_go(string text, string host, int port) =>
        HostPort.Parse(text).Should().Be((host, port));

    [Theory]
    [InlineData("carbon", "missing port in address")]
    [InlineData("::1:8125", "too many colons in address")]
    [InlineData("carbon:http", "invalid port")]
    public void Host_port_rejects_what_go_rejects(string text, string message) =>
        FluentActions.Invoking(() => HostPort.Parse(text)).Should().Throw<FormatException>().WithMessage($"*{message}");
}
