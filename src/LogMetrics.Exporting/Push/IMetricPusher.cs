namespace LogMetrics.Exporting.Push;

/// <summary>One push target: sends the whole store once per call.</summary>
public interface IMetricPusher
{
    /// <summary>The exporter's name in logs and in <c>logmetrics_push_errors_total{exporter=…}</c>.</summary>
    string Name { get; }

    /// <summary>Sends every metric once; throws when the push failed (the scheduler logs, counts and retries
    /// at the next interval).</summary>
    Task PushAsync(CancellationToken cancellationToken);
}
