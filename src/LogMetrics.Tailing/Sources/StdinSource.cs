namespace LogMetrics.Tailing.Sources;

/// <summary>
/// <c>-logs -</c>: standard input, read to its end once (mtail 3.0.9; rc50 has no stdin). Lines
/// are named <c>-</c>. With <see cref="TailerOptions.Passthrough"/>, every byte read is also
/// copied there before it is split into lines.
/// </summary>
internal sealed class StdinSource(TailContext context) : PushSource(StandardInput.Name, context)
{
    readonly Lock _gate = new();
    readonly PassthroughCopy? _passthrough = context.Options.Passthrough is { } output ? new PassthroughCopy(output, context) : null;
    LineSplitter _splitter = new(context.Options.MaxLineBytes);
    bool _stopped;

    protected override bool Restartable => false;

    protected override Task Start(CancellationToken stopping)
    {
        var stream = Context.Options.OpenStandardInput();
        _splitter = new LineSplitter(Context.Options.MaxLineBytes);
        Counters.Opened();
        return Task.Run(() => ReadAsync(stream, stopping), CancellationToken.None);
    }

    async Task ReadAsync(Stream stream, CancellationToken stopping)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, stopping).ConfigureAwait(false);
                // Outside the lock: a slow reader of standard output slows this loop (as tee
                // would), and must not hold up shutdown's flush of the partial line.
                _passthrough?.Write(buffer.AsSpan(0, read));
                lock (_gate)
                {
                    if (_stopped || read == 0)
                    {
                        return;
                    }
                    Feed(_splitter, buffer.AsSpan(0, read));
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (IOException e)
        {
            Context.Fail(Counters, e);
        }
        finally
        {
            Stop();
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    // A read from the console cannot be cancelled: at shutdown the partial line is handed on
    // here, and the blocked read, if it ever returns, hands on nothing more.
    protected override ValueTask StopAsync(Task running)
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    void Stop()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }
            _stopped = true;
            Flush(_splitter);
            Counters.Closed();
        }
    }
}
