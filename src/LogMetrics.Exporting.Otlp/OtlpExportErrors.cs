using System.Diagnostics.Tracing;
using System.Globalization;

namespace LogMetrics.Exporting.Otlp;

/// <summary>Keeps the last warning or error the OTLP exporter reported through its EventSource: a failed export
/// only returns false, and this is where the reason (refused, timed out, HTTP 4xx) is said.</summary>
internal sealed class OtlpExportErrors : EventListener
{
    private string? _last;

    /// <summary>The last reason since the previous call, or null.</summary>
    public string? Take() => Interlocked.Exchange(ref _last, null);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name.StartsWith("OpenTelemetry-Exporter-OpenTelemetryProtocol", StringComparison.Ordinal))
        {
            EnableEvents(eventSource, EventLevel.Warning);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var message = eventData.Message is { } format && eventData.Payload is { } payload
            ? string.Format(CultureInfo.InvariantCulture, format, [.. payload])
            : eventData.EventName;
        Volatile.Write(ref _last, message);
    }
}
