namespace LogMetrics.Metrics;

/// <summary>Thrown by <see cref="MetricStore.Add(Metric)"/> when a metric cannot be added.</summary>
public sealed class MetricStoreException : Exception
{
    public MetricStoreException()
    {
    }

    public MetricStoreException(string message)
        : base(message)
    {
    }

    public MetricStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
