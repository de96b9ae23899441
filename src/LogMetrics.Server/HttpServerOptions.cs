namespace LogMetrics.Server;

/// <summary>How and where the server listens, and the mtail flags that shape its outputs.</summary>
/// <param name="Address">mtail's <c>-address</c>: an IP literal or a host name; "" listens on every interface.</param>
/// <param name="Port">mtail's <c>-port</c>, a decimal port; "0" picks a free one (see
/// <see cref="MetricsHttpServer.Addresses"/>).</param>
/// <param name="UnixSocket">mtail's <c>-unix_socket</c>: serve on this unix socket instead of TCP. The path must not
/// exist yet.</param>
/// <param name="EmitProgLabel">mtail's <c>-emit_prog_label</c>: the <c>prog</c> label on <c>/metrics</c> and <c>/varz</c>.</param>
/// <param name="EmitMetricTimestamp">mtail's <c>-emit_metric_timestamp</c>: sample timestamps on <c>/metrics</c>.</param>
public sealed record HttpServerOptions(
    string Address,
    string Port,
    string? UnixSocket,
    bool EmitProgLabel,
    bool EmitMetricTimestamp)
{
    /// <summary>mtail's <c>-graphite_prefix</c>, put before every <c>/graphite</c> line.</summary>
    public string GraphitePrefix { get; init; } = string.Empty;

    /// <summary>The <c>instance</c> label of <c>/varz</c>; null means the host name (Go's <c>os.Hostname</c>).</summary>
    public string? Hostname { get; init; }

    /// <summary>The build line of the status page, e.g. <c>logmetrics version 0.1.0 …</c>.</summary>
    public string BuildInfo { get; init; } = string.Empty;

    /// <summary>Answer <c>Accept: application/openmetrics-text</c> with OpenMetrics. Off by default, as in mtail,
    /// because Prometheus asks for OpenMetrics first and would then store counters under other names
    /// (see docs/http.md).</summary>
    public bool EnableOpenMetrics { get; init; }
}
