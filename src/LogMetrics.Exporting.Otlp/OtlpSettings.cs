using System.Globalization;
using OpenTelemetry.Exporter;

namespace LogMetrics.Exporting.Otlp;

/// <summary>Where and how OTLP pushes go: <c>-otlp_endpoint</c> and the standard <c>OTEL_EXPORTER_OTLP_*</c>
/// variables, resolved the way the OpenTelemetry specification orders them.</summary>
/// <remarks>
/// A metrics-specific variable (<c>OTEL_EXPORTER_OTLP_METRICS_ENDPOINT</c>, <c>_PROTOCOL</c>, <c>_HEADERS</c>,
/// <c>_TIMEOUT</c>) beats the general one (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, …), and the flag beats both for the
/// endpoint. The protocol is gRPC unless a variable says <c>http/protobuf</c> (the SDK has no <c>http/json</c>).
/// A general endpoint, and a flag endpoint without a path, get <c>/v1/metrics</c> appended for HTTP, as the
/// specification says for the general variable; a metrics-specific endpoint is used as it is. The timeout is
/// <c>-metric_push_write_deadline</c> unless a variable sets one (milliseconds).
/// </remarks>
public static class OtlpSettings
{
    private const string Prefix = "OTEL_EXPORTER_OTLP_";
    private const string MetricsPrefix = "OTEL_EXPORTER_OTLP_METRICS_";

    /// <summary>The exporter options for a push to <paramref name="flagEndpoint"/> (empty: from the environment,
    /// else the SDK's default, <c>localhost</c> on 4317 for gRPC or 4318 for HTTP).</summary>
    public static OtlpExporterOptions Resolve(string flagEndpoint, TimeSpan deadline, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment(MetricsPrefix + name) is { Length: > 0 } specific ? specific
            : environment(Prefix + name) is { Length: > 0 } general ? general : null;

        var protocol = ParseProtocol(Get("PROTOCOL"));
        return new OtlpExporterOptions
        {
            Protocol = protocol,
            Endpoint = ResolveEndpoint(flagEndpoint, protocol, environment),
            Headers = Get("HEADERS") ?? "",
            TimeoutMilliseconds = Get("TIMEOUT") is { } timeout
                ? int.Parse(timeout, NumberStyles.None, CultureInfo.InvariantCulture)
                : (int)Math.Clamp(deadline.TotalMilliseconds, 1, int.MaxValue),
        };
    }

    private static OtlpExportProtocol ParseProtocol(string? value) => value switch
    {
        null or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new FormatException($"OTLP protocol \"{value}\" is not supported; use grpc or http/protobuf"),
    };

    private static Uri ResolveEndpoint(string flagEndpoint, OtlpExportProtocol protocol, Func<string, string?> environment)
    {
        if (string.IsNullOrEmpty(flagEndpoint) && environment(MetricsPrefix + "ENDPOINT") is { Length: > 0 } specific)
        {
            return new Uri(specific);
        }

        var endpoint = !string.IsNullOrEmpty(flagEndpoint) ? flagEndpoint
            : environment(Prefix + "ENDPOINT") is { Length: > 0 } general ? general
            : protocol == OtlpExportProtocol.Grpc ? "http://localhost:4317" : "http://localhost:4318";
        var uri = new Uri(endpoint);
        return protocol == OtlpExportProtocol.HttpProtobuf && uri.AbsolutePath is "/" or ""
            ? new Uri(uri, "v1/metrics")
            : uri;
    }
}
