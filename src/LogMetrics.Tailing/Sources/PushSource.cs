namespace LogMetrics.Tailing.Sources;

/// <summary>
/// A log that delivers lines by itself (standard input, a socket) rather than being polled: it
/// reads on its own task, started at the first pattern poll and started again at the next one if
/// it failed (a socket path in use, say).
/// </summary>
internal abstract class PushSource(string name, TailContext context) : IAsyncDisposable
{
    readonly CancellationTokenSource _stopping = new();
    Task? _running;

    public LogCounters Counters { get; } = new(name);

    protected TailContext Context => context;

    /// <summary>Whether the source should be started again after its task ended (a socket may; stdin ends for good).</summary>
    protected virtual bool Restartable => true;

    public void EnsureStarted()
    {
        if (_stopping.IsCancellationRequested || _running is { IsCompleted: false } || _running is not null && !Restartable)
        {
            return;
        }
        try
        {
            _running = Start(_stopping.Token);
            Counters.Recovered();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
        {
            context.Fail(Counters, e);
        }
    }

    /// <summary>Opens or binds synchronously (failures throw), then returns the task that reads.</summary>
    protected abstract Task Start(CancellationToken stopping);

    /// <summary>Stops reading; a partial line is handed on.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_running is not null)
        {
            await StopAsync(_running).ConfigureAwait(false);
        }
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Waits for the reading task, which has been told to stop, to hand on its last partial line.</summary>
    protected virtual async ValueTask StopAsync(Task running) =>
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    /// <summary>Feeds bytes and hands on the complete lines, counting bytes and cut lines.</summary>
    protected void Feed(LineSplitter splitter, ReadOnlySpan<byte> bytes)
    {
        var cut = splitter.LinesCut;
        Counters.AddBytes(bytes.Length);
        splitter.Feed(bytes, text => context.Emit(Counters, text));
        context.Cut(Counters, splitter.LinesCut - cut);
    }

    protected void Flush(LineSplitter splitter) => splitter.Flush(text => context.Emit(Counters, text));
}
