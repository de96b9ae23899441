namespace LogMetrics.Tailing.Sources;

/// <summary>
/// The bytes of unfinished lines that all stream connections hold together, against one limit: a client
/// opening connections and sending half lines could otherwise hold up to the line limit (1 MiB) in each.
/// </summary>
internal sealed class StreamBudget(long limit)
{
    long _held;

    public long Held => Interlocked.Read(ref _held);

    /// <summary>Changes what one connection holds by <paramref name="change"/> bytes; false when that takes the total past the limit.</summary>
    public bool TryChange(long change) => Interlocked.Add(ref _held, change) <= limit || change <= 0;

    /// <summary>Gives back what a connection held.</summary>
    public void Release(long bytes) => Interlocked.Add(ref _held, -bytes);
}
