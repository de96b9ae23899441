using System.Collections.Immutable;

namespace LogMetrics.Exporting.Exposition;

/// <summary>The outcome of a Prometheus rendering.</summary>
/// <param name="Text">The exposition text; empty when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the whole output failed (mtail: one-shot exit 1, HTTP 500), or null.</param>
/// <param name="Warnings">Metrics left out, with mtail's warning text (e.g. <c>"a.b" is not a valid metric name</c>).</param>
public sealed record PrometheusWriteResult(string Text, string? Error, ImmutableArray<string> Warnings)
{
    /// <summary>True when <see cref="Error"/> is null.</summary>
    public bool Succeeded => Error is null;
}
