using System.Globalization;
using BenchmarkDotNet.Attributes;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Exporting.Json;
using LogMetrics.Metrics;

namespace LogMetrics.Benchmarks;

/// <summary>
/// Rendering a store of 10k and 100k series, like mtail's scrape test in the performance baseline
/// (<c>counter ... by uri</c> with /products/ID URIs): Prometheus text (the /metrics body) and, for
/// comparison, the one-shot JSON.
/// </summary>
[MemoryDiagnoser]
public class ExpositionBenchmarks
{
    static readonly PrometheusWriterOptions Options = new();

    MetricStore _store = null!;

    [Params(10_000, 100_000)]
    public int Series { get; set; } = 10_000;

    [GlobalSetup]
    public void Setup()
    {
        _store = new MetricStore();
        var metric = _store.Add(new MetricDefinition(
            "http_requests_total", "bench.mtail", MetricKind.Counter, MetricValueType.Int, ["uri"], "bench.mtail:1:9-27", [], 0));
        for (var i = 0; i < Series; i++)
        {
            var datum = (IntDatum)metric.GetOrCreate([string.Create(CultureInfo.InvariantCulture, $"/products/{i}")], 1_521_808_261_000_000_000);
            datum.Set(i * 37L % 10_007, 1_521_808_261_000_000_000 + i);
        }

        var result = PrometheusTextWriter.Render(_store, Options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }

        // Shown in the benchmark log, to turn the time into MB/s.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Series={Series}: Prometheus body {result.Text.Length} chars, JSON {OneShotJsonWriter.Render(_store).Length} chars"));
    }

    [Benchmark]
    public string Prometheus() => PrometheusTextWriter.Render(_store, Options).Text;

    [Benchmark]
    public string Json() => OneShotJsonWriter.Render(_store);
}
