using System.Diagnostics;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Exporting;

public sealed class PrometheusRoundTripTests
{
    private const string Promtool = "/usr/bin/promtool";

    private static MetricStore RichStore()
    {
        var store = ReferenceStore.Build();
        var seen = store.Add(Defs.Counter("seen", "v", "w"));
        foreach (var v in new[] { "quote\"back\\slash", "line\nbreak", "tab\there", "日本語 🎉", "" })
        {
            ((IntDatum)seen.GetOrCreate([v, "x"], 5)).Increment(5);
        }

        var histogram = store.Add(Defs.Histogram("delta", [-10, -1, 0, 1e6], "k"));
        foreach (var v in new double[] { -20, -5, 0.5, 2e6 })
        {
            ((HistogramDatum)histogram.GetOrCreate(["a"], 9)).Observe(v, 9);
        }

        var gauge = store.Add(Defs.Make("ratio", MetricKind.Gauge, MetricValueType.Float, []));
        ((FloatDatum)gauge.GetOrCreate([], 1)).Set(double.NegativeInfinity, 1);
        return store;
    }

    [Fact]
    public void Output_reads_back_with_every_series_and_value()
    {
        var parsed = PromTextParser.Parse(PrometheusTextWriter.Render(RichStore()).Text);

        parsed.Types.Should().HaveCount(8);
        parsed.Types["latency_ms"].Should().Be("histogram");
        parsed.Types["tmr"].Should().Be("gauge");
        parsed.Samples["seen{prog=x.mtail,v=quote\"back\\slash,w=x}"].Should().Be(1);
        parsed.Samples["seen{prog=x.mtail,v=line\nbreak,w=x}"].Should().Be(1);
        parsed.Samples["seen{prog=x.mtail,v=,w=x}"].Should().Be(1);
        parsed.Samples["delta_bucket{k=a,le=1e+06,prog=x.mtail}"].Should().Be(2);
        parsed.Samples["delta_bucket{k=a,le=+Inf,prog=x.mtail}"].Should().Be(3);
        parsed.Samples["delta_count{k=a,prog=x.mtail}"].Should().Be(4);
        parsed.Samples["ratio{prog=x.mtail}"].Should().Be(double.NegativeInfinity);
    }

    [Fact]
    public void Timestamps_read_back_as_milliseconds()
    {
        var text = PrometheusTextWriter.Render(RichStore(), new PrometheusWriterOptions { EmitTimestamps = true }).Text;

        PromTextParser.Parse(text).Timestamps["last_bytes{prog=ref.mtail}"].Should().Be(1714557602000);
    }

    [Fact]
    public async Task Promtool_parses_the_output()
    {
        if (!File.Exists(Promtool))
        {
            Assert.Skip($"{Promtool} is not installed.");
        }

        var text = PrometheusTextWriter.Render(RichStore(), new PrometheusWriterOptions { EmitTimestamps = true }).Text;
        var start = new ProcessStartInfo(Promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(text);
        process.StandardInput.Close();
        var cancel = TestContext.Current.CancellationToken;
        var output = await process.StandardOutput.ReadToEndAsync(cancel) + await process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);

        // Exit 3 means lint advice only (mtail names need not end in _total); 1 is a parse error.
        output.Should().NotContain("error while linting");
        process.ExitCode.Should().BeOneOf(0, 3);
    }
}
