using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using LogMetrics.Metrics;

namespace LogMetrics.Benchmarks;

/// <summary>
/// <see cref="Metric.GetOrCreate"/> with 1, 2 and 3 keys, per lookup (<see cref="BatchSize"/> lookups per
/// invocation). Existing: every label set is already there (1,024 of them). New: a fresh metric per
/// invocation gets 1,024 new label sets, so the figure includes the dictionary's growth and the metric's
/// construction spread over the batch. The label values are pre-built arrays; the runtime's lowering
/// also allocates a <c>string[]</c> per lookup for 2+ keys (not measured here; see ProcessLine).
/// </summary>
[MemoryDiagnoser]
public class LabelLookupBenchmarks
{
    const int BatchSize = 1024;
    static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE"];
    static readonly string[] Statuses = ["200", "304", "404", "500", "503"];

    MetricDefinition _definition = null!;
    Metric _existing = null!;
    string[][] _labels = null!;

    [Params(1, 2, 3)]
    public int Keys { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        var keys = new[] { "uri", "request_method", "request_status" }.Take(Keys).ToImmutableArray();
        _definition = new MetricDefinition("http_requests_total", "bench.mtail", MetricKind.Counter, MetricValueType.Int, keys, "bench.mtail:1:9-27", [], 0);
        _labels = new string[BatchSize][];
        for (var i = 0; i < BatchSize; i++)
        {
            string[] all = [string.Create(CultureInfo.InvariantCulture, $"/products/{i * 7919 % 100_000}"), Methods[i % Methods.Length], Statuses[i % Statuses.Length]];
            _labels[i] = all[..Keys];
        }

        _existing = new Metric(_definition);
        foreach (var labels in _labels)
        {
            _existing.GetOrCreate(labels, 0);
        }

        if (_existing.Count != BatchSize)
        {
            throw new InvalidOperationException($"{_existing.Count} label sets, expected {BatchSize}");
        }
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public Datum? Existing()
    {
        Datum? last = null;
        foreach (var labels in _labels)
        {
            last = _existing.GetOrCreate(labels, 0);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public Metric New()
    {
        var metric = new Metric(_definition);
        foreach (var labels in _labels)
        {
            metric.GetOrCreate(labels, 0);
        }

        return metric;
    }
}
