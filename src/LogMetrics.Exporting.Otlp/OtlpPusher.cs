using LogMetrics.Exporting.Push;
using LogMetrics.Metrics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;

namespace LogMetrics.Exporting.Otlp;

/// <summary><c>-otlp_endpoint</c> / <c>-experimental_enable_opentelemetry</c>: the store over OTLP through the
/// OpenTelemetry SDK, collected and exported on each push (<see cref="OtlpPipeline"/>).</summary>
/// <remarks>The SDK's own timer is not used: each push collects and exports synchronously, so the histograms are
/// replayed just before collection and a failed export is reported like any other push. Disposing exports one
/// last time, as mtail 3.4 does when its MeterProvider shuts down.</remarks>
public sealed class OtlpPusher : IMetricPusher, IDisposable
{
    private readonly Lock _lock = new();
    private readonly MetricStore _store;
    private readonly OtlpExporterOptions _options;
    private readonly ResourceBuilder _resource;
    private readonly Action<string> _warn;
    private readonly OtlpExportErrors _errors = new();
    private OtlpPipeline? _pipeline;
    private bool _disposed;

    /// <summary>Pushes <paramref name="store"/> as <c>service.name=logmetrics</c> (unless <c>OTEL_SERVICE_NAME</c>
    /// or <c>OTEL_RESOURCE_ATTRIBUTES</c> say otherwise) from <paramref name="hostname"/>.</summary>
    public OtlpPusher(MetricStore store, OtlpExporterOptions options, string serviceVersion, string hostname, Action<string> warn)
    {
        _store = store;
        _options = options;
        _warn = warn;
        _resource = ResourceBuilder.CreateEmpty()
            .AddService("logmetrics", serviceVersion: serviceVersion, autoGenerateServiceInstanceId: false)
            .AddAttributes([new("host.name", hostname)])
            .AddTelemetrySdk()
            .AddEnvironmentVariableDetector();
    }

    /// <inheritdoc/>
    public string Name => "otlp";

    /// <summary>Where the pushes go.</summary>
    public Uri Endpoint => _options.Endpoint;

    /// <inheritdoc/>
    public Task PushAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Check(Prepare().Flush(FlushTimeout));
        }
    }, cancellationToken);

    /// <summary>Exports one last time (the store as it is now) and stops; a failure is only warned about, since
    /// the process is on its way out.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                if (!Prepare().Shutdown(FlushTimeout))
                {
                    _warn($"last OTLP push to {Endpoint} failed: {_errors.Take() ?? "no reason given"}");
                }
            }
#pragma warning disable CA1031 // Whatever the SDK throws here must not turn a clean stop into a crash.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _warn($"last OTLP push to {Endpoint} failed: {e.Message}");
            }
            finally
            {
                _pipeline?.Dispose();
                _errors.Dispose();
            }
        }
    }

    // The exporter has its own timeout; this only bounds the wait for it.
    private int FlushTimeout => _options.TimeoutMilliseconds + 1000;

    private OtlpPipeline Prepare()
    {
        var pipeline = _pipeline ??= NewPipeline();
        if (pipeline.Sync())
        {
            return pipeline;
        }

        // A histogram went backwards or a metric changed shape: start over from the store as it is.
        pipeline.Dispose();
        _pipeline = pipeline = NewPipeline();
        pipeline.Sync();
        return pipeline;
    }

    private OtlpPipeline NewPipeline() =>
        new(_store, new OtlpMetricExporter(_options), _resource, _warn);

    private void Check(bool exported)
    {
        if (!exported)
        {
            throw new IOException($"OTLP export to {Endpoint} failed: {_errors.Take() ?? "no reason given"}");
        }

        _errors.Take();
    }
}
