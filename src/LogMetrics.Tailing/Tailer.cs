using System.Threading.Channels;
using LogMetrics.Tailing.Files;
using LogMetrics.Tailing.Sources;

namespace LogMetrics.Tailing;

/// <summary>
/// The daemon's log tailer: follows the <c>-logs</c> patterns and writes every line of every log,
/// once and in order within each log, to a channel. Files are polled (read to their end every
/// <see cref="TailerOptions.PollInterval"/>, patterns expanded again every
/// <see cref="TailerOptions.PollLogInterval"/>); standard input and sockets are read as lines arrive.
/// </summary>
/// <remarks>
/// <para>
/// Lines go to a <see cref="ChannelWriter{T}"/> rather than a callback: the programs run on their
/// own thread, so the tailer and the runtime are decoupled; a bounded channel gives back-pressure
/// (a slow consumer makes readers wait, it never loses lines); and the several readers (the poll,
/// each socket connection, stdin) can write concurrently without the host having to lock. The
/// tailer never completes the writer: the host does once <see cref="RunAsync"/> has returned, and
/// must keep reading until then, since partial lines are handed on at shutdown.
/// </para>
/// <para>
/// Problems with logs never escape: they are counted in <see cref="Logs"/>, reported through
/// <see cref="Error"/> and retried at the next poll.
/// </para>
/// </remarks>
public sealed class Tailer : IAsyncDisposable
{
    static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);
    readonly Lock _pollLock = new();
    readonly Lock _statusLock = new();
    readonly CancellationTokenSource _abort = new();
    readonly CancellationTokenSource _stop = new();
    readonly TailerOptions _options;
    readonly TailContext _context;
    readonly FilePatterns _patterns;
    readonly FileLogs _files;
    readonly List<PushSource> _sources;
    readonly List<LogCounters> _logs = [];
    long _forgottenLines;
    bool _closed;
    Task? _shutdown;
    int _passes;
    int _running;

    /// <param name="options">What to follow.</param>
    /// <param name="output">Where lines go; see the remarks on why a channel.</param>
    /// <exception cref="ArgumentException">An invalid ignore regex, socket address or option.</exception>
    public Tailer(TailerOptions options, ChannelWriter<LogLine> output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLineBytes, 4);
        // mtail silently replaces a zero interval by 250 ms (its help text says 0 disables polling).
        _options = options with
        {
            PollInterval = options.PollInterval > TimeSpan.Zero ? options.PollInterval : DefaultInterval,
            PollLogInterval = options.PollLogInterval > TimeSpan.Zero ? options.PollLogInterval : DefaultInterval,
        };
        _context = new TailContext(_options, output, _abort.Token);
        _context.Error += (path, e) => Error?.Invoke(path, e);
        var patterns = options.Patterns.Select(LogPattern.Parse).ToList();
        _patterns = new FilePatterns(patterns.Where(p => p.Kind == LogPatternKind.File).Select(p => p.Target), options.IgnoreFilenameRegex);
        _files = new FileLogs(_context, _patterns.Wants);
        _sources = [.. patterns.Where(p => p.Kind != LogPatternKind.File).DistinctBy(p => p).Select(p => PushSources.Create(p, _context))];
        _logs.AddRange(_sources.Select(s => s.Counters));
    }

    /// <summary>
    /// A log could not be opened, read or listened on (the path and the error; it is counted and
    /// retried, and reported again only when the error changes), or a line was cut
    /// (<see cref="LineTooLongException"/>). Raised on any thread; handlers must not block.
    /// </summary>
    public event Action<string, Exception>? Error;

    /// <summary>
    /// Every log seen so far, files in the order they were first matched, then sockets and stdin; files gone for
    /// longer than <see cref="TailerOptions.ForgetGoneLogsAfter"/> are dropped.
    /// </summary>
    public IReadOnlyList<LogStatus> Logs
    {
        get
        {
            lock (_statusLock)
            {
                return [.. _logs.Select(c => c.Snapshot())];
            }
        }
    }

    /// <summary>Log files open now (parked ones not counted), at most <see cref="TailerOptions.MaxOpenFiles"/>.</summary>
    public int OpenFiles => _context.Files.Open;

    /// <summary>Opens of log files put off for lack of a descriptor so far (each retried at the next poll).</summary>
    public long OpensDeferred => _context.Files.Deferred;

    /// <summary>Lines read from every log since the start, forgotten ones included (<c>mtail_lines_total</c>).</summary>
    public long LinesRead
    {
        get
        {
            lock (_statusLock)
            {
                return _forgottenLines + _logs.Sum(c => c.Lines);
            }
        }
    }

    /// <summary>The file patterns of <see cref="TailerOptions.Patterns"/>, made absolute (what a checkpoint saves).</summary>
    public IReadOnlyList<string> FileGlobs => _patterns.Globs;

    /// <summary>
    /// With <see cref="TailerOptions.TrackPositions"/>: where the consumer has got in every file,
    /// for a checkpoint. Call it on the consumer's thread between two lines, so the offsets match
    /// what the programs have seen. Thread-safe otherwise.
    /// </summary>
    public IReadOnlyList<LogCheckpoint> Checkpoint() => _context.Cursors.Capture();

    /// <summary>Timed passes <see cref="RunAsync"/> has made (for tests driving a fake clock).</summary>
    internal int Passes => Volatile.Read(ref _passes);

    /// <summary>
    /// One pattern poll and one read pass, synchronously: new files are opened, every file is read
    /// to its end (at most 16 MiB of each per pass), sockets and stdin are started. The first poll
    /// is start-up: files found then are read from their end.
    /// </summary>
    public void Poll()
    {
        lock (_pollLock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            Discover();
            _files.ReadAll();
        }
    }

    /// <summary>
    /// Polls on <see cref="TailerOptions.Clock"/> until <paramref name="cancellationToken"/> is
    /// cancelled, then hands on every partial line and closes every log.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called a second time: a tailer runs once.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("A tailer runs once.");
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        var ct = linked.Token;
        var clock = _options.Clock;
        try
        {
            await Task.Yield();
            // Intervals are measured on the monotonic clock: a wall-clock step (NTP, an operator)
            // must neither stall discovery nor hurry it.
            long? lastDiscovery = null;
            while (true)
            {
                TimeSpan readWait;
                lock (_pollLock)
                {
                    if (_closed)
                    {
                        return;
                    }
                    if (lastDiscovery is not { } last || clock.GetElapsedTime(last) >= _options.PollLogInterval)
                    {
                        lastDiscovery = clock.GetTimestamp();
                        Discover();
                    }
                    // A file with more than one pass's worth is read on at once.
                    readWait = _files.ReadAll() ? TimeSpan.Zero : _options.PollInterval;
                }
                var discoveryWait = _options.PollLogInterval - clock.GetElapsedTime(lastDiscovery.Value);
                var wait = discoveryWait < readWait ? discoveryWait : readWait;
                // The timer exists before the pass is counted, so a test that has seen the count
                // can move a fake clock past it.
                var delay = wait > TimeSpan.Zero ? Task.Delay(wait, clock, ct) : Task.CompletedTask;
                Interlocked.Increment(ref _passes);
                await delay.ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            await ShutdownAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops <see cref="RunAsync"/> if it runs, hands on partial lines and closes every log.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await ShutdownAsync().ConfigureAwait(false);
        await _abort.CancelAsync().ConfigureAwait(false);
    }

    void Discover()
    {
        _files.Discover(_patterns.Expand(), AddLog, ForgetLog);
        foreach (var source in _sources)
        {
            source.EnsureStarted();
        }
    }

    void AddLog(LogCounters counters)
    {
        lock (_statusLock)
        {
            _logs.Insert(_logs.Count - _sources.Count, counters);
        }
    }

    void ForgetLog(LogCounters counters)
    {
        lock (_statusLock)
        {
            _logs.Remove(counters);
            _forgottenLines += counters.Lines;
        }
    }

    // Shared by RunAsync ending and DisposeAsync, whichever comes first; both wait for all of it.
    Task ShutdownAsync()
    {
        lock (_pollLock)
        {
            return _shutdown ??= CloseAllAsync();
        }
    }

    async Task CloseAllAsync()
    {
        _closed = true;
        _files.CloseAll();
        foreach (var source in _sources)
        {
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }
}
