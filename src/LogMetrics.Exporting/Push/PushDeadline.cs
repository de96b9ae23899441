namespace LogMetrics.Exporting.Push;

/// <summary><c>-metric_push_write_deadline</c>: the time one push may take to connect and write, as a timeout
/// that names itself when it fires.</summary>
public static class PushDeadline
{
    /// <summary>Runs <paramref name="push"/> with a token cancelled after <paramref name="deadline"/>; a push cut by
    /// the deadline throws <see cref="TimeoutException"/>, one cut by <paramref name="cancellationToken"/> an
    /// <see cref="OperationCanceledException"/>.</summary>
    public static async Task RunAsync(TimeSpan deadline, Func<CancellationToken, Task> push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (deadline > TimeSpan.Zero)
        {
            timeout.CancelAfter(deadline);
        }

        try
        {
            await push(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"push not done within the write deadline ({deadline.TotalSeconds:0.###}s)");
        }
    }
}
