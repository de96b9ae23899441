namespace LogMetrics.Exporting.Push;

/// <summary>Pushes to every target once per interval, each target on its own task, until cancelled.</summary>
/// <remarks>
/// As in mtail, the first push comes one interval after the start and a failed push is only reported: the next
/// interval tries again. Targets do not wait for each other, so one slow receiver delays no other; a push that
/// outlasts the interval makes the next tick wait rather than pile up. Pushes only read the store's snapshots,
/// so line processing never waits for them.
/// </remarks>
public sealed class PushScheduler(IReadOnlyList<IMetricPusher> pushers, TimeSpan interval, IPushObserver observer,
    TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled; returns at once when there is
    /// nothing to push or the interval is not positive (mtail's rule).</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        pushers.Count == 0 || interval <= TimeSpan.Zero
            ? Task.CompletedTask
            : Task.WhenAll(pushers.Select(pusher => LoopAsync(pusher, cancellationToken)));

    // The timer starts before the first await, so the first interval counts from the call; the pushes then run
    // on the timer's pool threads, never on the caller's.
    private async Task LoopAsync(IMetricPusher pusher, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await PushOnceAsync(pusher, observer, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Pushes once and reports the outcome; throws only when <paramref name="cancellationToken"/> is
    /// cancelled.</summary>
    public static async Task PushOnceAsync(IMetricPusher pusher, IPushObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pusher);
        ArgumentNullException.ThrowIfNull(observer);
        try
        {
            await pusher.PushAsync(cancellationToken).ConfigureAwait(false);
            observer.Succeeded(pusher.Name);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A push may fail in any way (DNS, refused, timeout, a receiver's error): report it, try again later.
        catch (Exception e)
#pragma warning restore CA1031
        {
            observer.Failed(pusher.Name, e);
        }
    }
}
