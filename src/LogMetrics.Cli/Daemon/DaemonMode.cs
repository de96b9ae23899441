using System.Runtime.InteropServices;
using System.Threading.Channels;
using LogMetrics.Cli.Batch;
using LogMetrics.Cli.State;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Loading;
using LogMetrics.Server;
using LogMetrics.Tailing;
using Serilog;
using Serilog.Extensions.Logging;

namespace LogMetrics.Cli.Daemon;

/// <summary>
/// The long-running daemon: loads the programs, tails the logs, runs every line through every
/// program, and serves the metrics over HTTP until SIGINT or SIGTERM. Programs reload on SIGHUP
/// and when their files change; the store's garbage collection runs on its interval.
/// </summary>
public sealed class DaemonMode(LogMetricsOptions options, TextWriter stderr, TimeProvider? clock = null)
{
    // How often -progs is checked for changed programs (files are hashed; unchanged ones are skipped).
    static readonly TimeSpan ProgramCheckInterval = TimeSpan.FromSeconds(2);

    // Lines waiting between the tailer and the programs; when full, the tailer waits (no line is dropped).
    // Small on purpose: at 64k lines the queued lines outlived the young generation, and the background
    // collections of the old one cost as much as the programs (measured: 0.8 s → 0.45 s of dispatcher CPU
    // for 500k Apache lines, no background GC at all).
    const int LineBufferSize = 4 * 1024;

    readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (ProgramFiles.Find(options.Progs) is null)
        {
            await stderr.WriteLineAsync($"stat {options.Progs}: no such file or directory").ConfigureAwait(false);
            return 1;
        }
        var store = new MetricStore { MaxSeries = options.MaxSeries };
        var self = new SelfMetrics();
        SeriesOverflowReport.Attach(self, store);
        var checkpointer = Checkpointer.Create(options.StateDir, self.Registry, _clock, out var stateError);
        if (stateError is not null)
        {
            await stderr.WriteLineAsync(stateError).ConfigureAwait(false);
            return 1;
        }
        var resume = checkpointer?.Load();
        var runtimeOptions = new RuntimeOptions
        {
            Location = options.Timezone,
            SyslogUseCurrentYear = options.SyslogUseCurrentYear,
            Clock = _clock,
            EnforceLimitOnCreate = true,
        };
        // Held by the line thread around each batch: checkpoints and program swaps happen between two lines.
        var gate = checkpointer?.Gate ?? new DispatchGate();
        var programs = new ProgramSet(options.Progs, store, LogMetricsModes.CompilerOptionsFrom(options), runtimeOptions)
        {
            CommitBetweenLines = commit => gate.RunBetweenLines(() =>
            {
                commit();
                return true;
            }),
        };
        WatchRuntimeErrors(programs, self);
        var reloader = new ProgramReloader(programs, options.Progs, self);
        reloader.Reload();
        checkpointer?.RestoreMetrics(store);

        var lines = Channel.CreateBounded<LogLine>(new BoundedChannelOptions(LineBufferSize) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        using var batch = new BatchJob(options, _clock);
        await using var tailer = new Tailer(
            batch.Configure(TailerOptionsFrom(options, _clock) with { TrackPositions = checkpointer is not null, Resume = resume }), lines.Writer);
        tailer.Error += (path, e) => Log.Warning("{Path}: {Error}", path, e.Message);
        var state = new DaemonState(store, programs, tailer, self) { Checkpointer = checkpointer };
        MirrorLogCounters(self, tailer);
        var dispatcher = new LineDispatcher(programs, self) { Gate = gate };
        checkpointer?.Attach(tailer, store);
        var dispatching = dispatcher.RunAsync(lines.Reader);

        // The first poll fixes where each log is read from (the end, for files already there), as
        // mtail does before it serves: once "Listening on" is logged, every line appended is read.
        // The dispatcher already runs, so a full channel cannot block this poll.
        tailer.Poll();
        // Where each log starts is now fixed: saved at once, so a crash before the first period
        // resumes there rather than at the end of what was written meanwhile.
        checkpointer?.Checkpoint();

        // Taken before the server starts: a supervisor may reload as soon as we say we listen, and
        // SIGHUP's default action ends the process.
        using var reload = PosixSignalRegistration.Create(PosixSignal.SIGHUP, signal =>
        {
            signal.Cancel = true;
            Log.Information("Received SIGHUP, reloading programs");
            reloader.Reload();
        });

        // The server logs "Listening on <address>" itself, once per address.
        MetricsHttpServer server;
        try
        {
            server = await MetricsHttpServer.StartAsync(HttpOptionsFrom(options), state, self.Registry,
                new SerilogLoggerFactory(Log.Logger).CreateLogger("http"), cancellationToken).ConfigureAwait(false);
        }
        catch (HttpBindException e)
        {
            await stderr.WriteLineAsync(e.Message).ConfigureAwait(false);
            await DrainAsync().ConfigureAwait(false);
            return 1;
        }
        int exitCode;
        await using (server.ConfigureAwait(false))
        {
            // Ends on SIGINT/SIGTERM, or with -exit_on_eof when the input ends.
            var run = batch.Watch(tailer, cancellationToken);
            var tailing = tailer.RunAsync(run);
            state.Ready = true;
            await Task.WhenAll(
                Every(ProgramCheckInterval, () => reloader.Reload(waitUntilSettled: true), run),
                Every(options.ExpiredMetricsGcInterval, () => store.CollectGarbage(NowNanos()), run),
                Every(checkpointer is null ? TimeSpan.Zero : options.CheckpointInterval, () => checkpointer?.Checkpoint(), run),
                PushExporters.RunAsync(options, store, self, _clock, run),
                tailing).ConfigureAwait(false);

            var saved = await DrainAsync().ConfigureAwait(false);
            exitCode = await batch.FinishAsync(store, cancellationToken).ConfigureAwait(false);
            if (!saved && exitCode == 0)
            {
                // The next start would resume from an older checkpoint and count lines twice: say so.
                Log.Error("The last checkpoint could not be written");
                exitCode = 1;
            }
        }
        Log.Information("Shut down");
        return exitCode;

        // The one way out, whether the server failed to bind or the run ended: the tailer hands on its partial
        // lines (with -state_dir it leaves them in the files, where the last checkpoint resumes; after RunAsync it
        // has done so already), the programs finish what is queued, and the last checkpoint is written. False
        // when that checkpoint could not be.
        async Task<bool> DrainAsync()
        {
            state.Ready = false;
            await tailer.DisposeAsync().ConfigureAwait(false);
            lines.Writer.TryComplete();
            await dispatching.ConfigureAwait(false);
            return checkpointer?.Checkpoint() ?? true;
        }
    }

    long NowNanos() => (_clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    // Runs `work` every `interval` until cancelled; a zero or negative interval disables it (mtail's rule for the GC).
    async Task Every(TimeSpan interval, Action work, CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(interval, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                work();
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    // Counted per program name as each error happens, so the count goes on across reloads (a
    // reloaded program is a new CompiledProgram whose own count starts at 0), as mtail's does.
    void WatchRuntimeErrors(ProgramSet programs, SelfMetrics self)
    {
        programs.ProgramCreated += program =>
        {
            var errors = self.RuntimeErrors.WithLabels(program.Name);
            program.RuntimeError += (_, _, _) => errors.Inc();
        };
        if (options.VmLogsRuntimeErrors)
        {
            programs.ProgramCreated += new RuntimeErrorLog(_clock).Attach;
        }
    }

    // Per-log counters live in the tailer; they are copied into the registry just before each scrape.
    static void MirrorLogCounters(SelfMetrics self, Tailer tailer)
    {
        var mirrored = new HashSet<string>(StringComparer.Ordinal);
        var mirroring = new Lock(); // scrapes may collect at the same time
        self.Registry.AddBeforeCollectCallback(() =>
        {
            using var _ = mirroring.EnterScope();
            var logs = tailer.Logs;
            var now = logs.Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in mirrored.Where(p => !now.Contains(p)).ToList())
            {
                // Forgotten by the tailer (-forget_logs_after): its series go too.
                foreach (var counter in new[] { self.LogLines, self.LogBytes, self.LogErrors, self.LogRotations, self.LogTruncations, self.LinesCut, self.ConnectionsRefused })
                {
                    counter.RemoveLabelled(gone);
                }
                mirrored.Remove(gone);
            }
            foreach (var log in logs)
            {
                mirrored.Add(log.Path);
                self.LogLines.WithLabels(log.Path).IncTo(log.LinesRead);
                self.LogBytes.WithLabels(log.Path).IncTo(log.BytesRead);
                self.LogErrors.WithLabels(log.Path).IncTo(log.Errors);
                self.LogRotations.WithLabels(log.Path).IncTo(log.Rotations);
                self.LogTruncations.WithLabels(log.Path).IncTo(log.Truncations);
                self.LinesCut.WithLabels(log.Path).IncTo(log.LinesCut);
                if (log.ConnectionsRefused > 0)
                {
                    self.ConnectionsRefused.WithLabels(log.Path).IncTo(log.ConnectionsRefused);
                }
            }
            self.LinesTotal.IncTo(tailer.LinesRead);
            self.LogFilesOpen.Set(tailer.OpenFiles);
            self.OpensDeferred.IncTo(tailer.OpensDeferred);
        });
    }

    static TailerOptions TailerOptionsFrom(LogMetricsOptions options, TimeProvider clock) => new()
    {
        Patterns = options.Logs,
        IgnoreFilenameRegex = string.IsNullOrEmpty(options.IgnoreFilenameRegexPattern) ? null : options.IgnoreFilenameRegexPattern,
        PollInterval = options.PollInterval,
        PollLogInterval = options.PollLogInterval,
        ForgetGoneLogsAfter = options.ForgetLogsAfter,
        Clock = clock,
    };

    static HttpServerOptions HttpOptionsFrom(LogMetricsOptions options) =>
        new(options.Address, options.Port, string.IsNullOrEmpty(options.UnixSocket) ? null : options.UnixSocket,
            options.EmitProgLabel, options.EmitMetricTimestamp)
        {
            GraphitePrefix = options.GraphitePrefix,
            EnableOpenMetrics = options.EnableOpenMetrics,
            BuildInfo = BuildInfo.Current.ToString(),
        };
}
