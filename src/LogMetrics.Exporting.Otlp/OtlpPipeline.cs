using System.Diagnostics.Metrics;
using System.Globalization;
using LogMetrics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Metric = LogMetrics.Metrics.Metric;
using OtelMetric = OpenTelemetry.Metrics.Metric;

namespace LogMetrics.Exporting.Otlp;

/// <summary>A MeterProvider whose instruments mirror the store: one Meter (instrumentation scope) per program, one
/// instrument per metric, read at collection time.</summary>
/// <remarks>
/// Counters are observable counters (monotonic cumulative sums), gauges and timers observable gauges, Int as
/// <c>long</c> and Float as <c>double</c>; histograms are SDK histograms with the metric's bounds, replayed by
/// <see cref="ReplayedHistogram"/>. Text metrics and string-valued gauges have no number to send. Instruments
/// are added as programs load, before each collection (<see cref="Sync"/>); a metric whose shape changed (kind,
/// type, buckets) or a histogram that went backwards needs a new pipeline. The provider listens to every Meter
/// in the process but keeps only those marked with this pipeline's scope object, so the HTTP server's and the
/// runtime's own meters stay out.
/// </remarks>
internal sealed class OtlpPipeline : IDisposable
{
    // Label sets per metric the SDK keeps; more go to its overflow series (otel.metric.overflow=true). The SDK
    // allocates this many points per instrument up front, so it is not unbounded.
    internal const int CardinalityLimit = 10_000;

    private readonly object _scope = new();
    private readonly MetricStore _store;
    private readonly Action<string> _warn;
    private readonly MeterProvider _provider;
    private readonly Dictionary<string, Meter> _meters = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Program, string Name), Mirror> _mirrors = [];

    public OtlpPipeline(MetricStore store, BaseExporter<OtelMetric> exporter, ResourceBuilder resource, Action<string> warn)
    {
        _store = store;
        _warn = warn;
        _provider = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter("*")
            .AddView(StreamFor)
            .AddReader(new BaseExportingMetricReader(exporter))
            .Build();
    }

    /// <summary>Adds instruments for new metrics and replays the histograms; false when the pipeline must be
    /// rebuilt.</summary>
    public bool Sync()
    {
        foreach (var family in _store.GetFamilies())
        {
            foreach (var metric in family.Metrics)
            {
                var d = metric.Definition;
                if (d.Kind == MetricKind.Text || d.ValueType == MetricValueType.String)
                {
                    continue;
                }

                var shape = ShapeOf(d);
                if (!_mirrors.TryGetValue((d.Program, d.Name), out var mirror))
                {
                    _mirrors[(d.Program, d.Name)] = mirror = Create(d, shape);
                }
                else if (mirror.Shape != shape)
                {
                    return false;
                }

                if (metric.Count > CardinalityLimit && mirror.WarnedAboutCardinality is false)
                {
                    mirror.WarnedAboutCardinality = true;
                    _warn($"{d.Program}: {d.Name} has more than {CardinalityLimit} label sets; OTLP sends the rest as one overflow series");
                }
            }
        }

        foreach (var ((program, name), mirror) in _mirrors)
        {
            if (mirror.Histogram is { } histogram && !histogram.Replay(Find(program, name)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collects and exports now; false when the export failed or timed out.</summary>
    public bool Flush(int timeoutMilliseconds) => _provider.ForceFlush(timeoutMilliseconds);

    /// <summary>Exports one last time and stops; false when that export failed.</summary>
    public bool Shutdown(int timeoutMilliseconds) => _provider.Shutdown(timeoutMilliseconds);

    public void Dispose()
    {
        _provider.Dispose();
        foreach (var meter in _meters.Values)
        {
            meter.Dispose();
        }
    }

    private Mirror Create(MetricDefinition d, string shape)
    {
        if (!_meters.TryGetValue(d.Program, out var meter))
        {
            _meters[d.Program] = meter = new Meter(new MeterOptions(d.Program) { Scope = _scope });
        }

        var name = OtlpTags.InstrumentName(d.Name);
        if (name != d.Name)
        {
            _warn($"{d.Program}: metric {d.Name} is sent over OTLP as {name} (OpenTelemetry instrument name rules)");
        }

        // mtail 3.4's description.
        var description = $"{d.Name} defined at {d.Source}";
        var (program, metricName) = (d.Program, d.Name);
        switch (d.Kind, d.ValueType)
        {
            case (MetricKind.Histogram, _):
                var bounds = Find(program, metricName)?.Layout?.Ranges.Select(r => r.Max).Where(double.IsFinite).ToArray() ?? [];
                var histogram = meter.CreateHistogram<double>(name, unit: null, description, tags: null,
                    new InstrumentAdvice<double> { HistogramBucketBoundaries = bounds });
                return new Mirror(shape, new ReplayedHistogram(histogram, bounds));
            case (MetricKind.Counter, MetricValueType.Int):
                meter.CreateObservableCounter(name, () => Observe<long>(program, metricName), unit: null, description);
                break;
            case (MetricKind.Counter, _):
                meter.CreateObservableCounter(name, () => Observe<double>(program, metricName), unit: null, description);
                break;
            case (_, MetricValueType.Int):
                meter.CreateObservableGauge(name, () => Observe<long>(program, metricName), unit: null, description);
                break;
            default:
                meter.CreateObservableGauge(name, () => Observe<double>(program, metricName), unit: null, description);
                break;
        }

        return new Mirror(shape, null);
    }

    private IEnumerable<Measurement<T>> Observe<T>(string program, string name)
        where T : struct
    {
        if (Find(program, name) is not { } metric)
        {
            yield break;
        }

        foreach (var datum in metric.GetLabelSets())
        {
            var tags = OtlpTags.Of(metric.Definition, datum);
            switch (datum)
            {
                case IntDatum i when typeof(T) == typeof(long):
                    yield return new Measurement<T>((T)(object)i.Value, tags);
                    break;
                case FloatDatum f when typeof(T) == typeof(double):
                    yield return new Measurement<T>((T)(object)f.Value, tags);
                    break;
            }
        }
    }

    private Metric? Find(string program, string name)
    {
        foreach (var metric in _store.GetMetrics(name))
        {
            if (metric.Definition.Program == program)
            {
                return metric;
            }
        }

        return null;
    }

    private MetricStreamConfiguration? StreamFor(Instrument instrument)
    {
        if (!ReferenceEquals(instrument.Meter.Scope, _scope))
        {
            return MetricStreamConfiguration.Drop;
        }

        // A view that names no bounds would give histograms the SDK's default ones, not the advised ones.
        return instrument is Histogram<double> { Advice.HistogramBucketBoundaries: { } bounds }
            ? new ExplicitBucketHistogramConfiguration { Boundaries = [.. bounds], CardinalityLimit = CardinalityLimit }
            : new MetricStreamConfiguration { CardinalityLimit = CardinalityLimit };
    }

    private static string ShapeOf(MetricDefinition d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Kind}/{d.ValueType}/{string.Join(',', d.Keys)}/{string.Join(',', d.Buckets)}");

    private sealed class Mirror(string shape, ReplayedHistogram? histogram)
    {
        public string Shape => shape;

        public ReplayedHistogram? Histogram => histogram;

        public bool WarnedAboutCardinality { get; set; }
    }
}
