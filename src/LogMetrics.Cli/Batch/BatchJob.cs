using LogMetrics.Metrics;
using LogMetrics.Tailing;
using Serilog;

namespace LogMetrics.Cli.Batch;

/// <summary>
/// The daemon's pipe and batch-job behaviour, kept out of DaemonMode: <c>-passthrough</c> hands
/// the tailer standard output; <c>-exit_on_eof</c> ends the run when the input ends; once the run
/// has ended and every line is processed, <c>-push_gateway</c> pushes and <c>-linger</c> keeps
/// <c>/metrics</c> served for a final scrape.
/// </summary>
public sealed class BatchJob : IDisposable
{
    // How often the tailer's counters are looked at: often enough that a pipe's end is noticed at
    // once, and a snapshot of the counters costs next to nothing.
    static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(100);

    readonly LogMetricsOptions _options;
    readonly TimeProvider _clock;
    readonly Func<Stream> _openStandardOutput;
    CancellationTokenSource? _run;
    Task? _watching;
    volatile bool _inputEnded;

    public BatchJob(LogMetricsOptions options, TimeProvider clock, Func<Stream>? openStandardOutput = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _clock = clock;
        _openStandardOutput = openStandardOutput ?? Console.OpenStandardOutput;
        if (options.Linger > TimeSpan.Zero && !options.ExitOnEof)
        {
            Log.Warning("-linger only applies when -exit_on_eof ends the run; a signal ends it at once");
        }
    }

    /// <summary>True once <c>-exit_on_eof</c> has ended the run.</summary>
    public bool InputEnded => _inputEnded;

    /// <summary>The tailer's options, with standard output for <c>-passthrough</c>.</summary>
    public TailerOptions Configure(TailerOptions tailer)
    {
        ArgumentNullException.ThrowIfNull(tailer);
        return _options.Passthrough ? tailer with { Passthrough = _openStandardOutput() } : tailer;
    }

    /// <summary>
    /// Returns the token that ends the run: <paramref name="stop"/> (SIGINT, SIGTERM), or with
    /// <c>-exit_on_eof</c> the end of the input, which this starts watching for.
    /// </summary>
    public CancellationToken Watch(Tailer tailer, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(tailer);
        _run = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (_options.ExitOnEof)
        {
            _watching = WatchAsync(tailer, _run);
        }
        return _run.Token;
    }

    /// <summary>
    /// Called once the run has ended and the programs have processed every line read: pushes, then
    /// lingers if the input ended the run (a signal during the linger ends it). Returns the exit code.
    /// </summary>
    public async Task<int> FinishAsync(MetricStore store, CancellationToken stop)
    {
        if (_watching is not null)
        {
            await _watching.ConfigureAwait(false);
        }
        // Not cancelled by a signal: the push is what a stopping batch job is for.
        var exitCode = await MetricsPush.PushAsync(_options, store, CancellationToken.None).ConfigureAwait(false);
        if (_inputEnded && _options.Linger > TimeSpan.Zero && !stop.IsCancellationRequested)
        {
            Log.Information("Serving /metrics for {Linger} more", Go.GoDuration.Format(_options.Linger.Ticks * 100));
            try
            {
                await Task.Delay(_options.Linger, _clock, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Told to stop during the linger.
            }
        }
        return exitCode;
    }

    async Task WatchAsync(Tailer tailer, CancellationTokenSource run)
    {
        var end = new InputEnd(_options.Logs, _options.IdleExit, _clock.GetUtcNow());
        using var timer = new PeriodicTimer(CheckInterval, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(run.Token).ConfigureAwait(false))
            {
                if (end.Check(tailer.Logs, _clock.GetUtcNow()) is { } reason)
                {
                    Log.Information("{Reason}: ending the run", reason);
                    _inputEnded = true;
                    await run.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by a signal first.
        }
    }

    public void Dispose() => _run?.Dispose();
}
