namespace LogMetrics.Exporting.Exposition;

/// <summary>Switches of the Prometheus text writer, mirroring mtail's flags.</summary>
public sealed record PrometheusWriterOptions
{
    /// <summary>Add <c>prog="&lt;program&gt;"</c> to every series (mtail <c>-emit_prog_label</c>, default on).</summary>
    public bool EmitProgLabel { get; init; } = true;

    /// <summary>Append the datum's time in milliseconds to every sample (mtail <c>-emit_metric_timestamp</c>).</summary>
    public bool EmitTimestamps { get; init; }

    /// <summary>Fail when programs export one name with different label names. rc50's one-shot output does
    /// (the collector is registered after the logs are read, so the registry checks its descriptors); its
    /// daemon registers an empty store and serves both label sets in one family.</summary>
    public bool RejectInconsistentLabelNames { get; init; } = true;
}
