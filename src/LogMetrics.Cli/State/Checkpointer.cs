using System.Diagnostics;
using LogMetrics.Metrics;
using LogMetrics.Metrics.Snapshots;
using LogMetrics.Server;
using LogMetrics.Tailing;
using Prometheus;
using Serilog;

namespace LogMetrics.Cli.State;

/// <summary>
/// <c>-state_dir</c>: restores the last checkpoint at start-up (the metrics whose declarations are
/// unchanged, and where each log file was), and writes a new one every <c>-checkpoint_interval</c>
/// and at shutdown. Each checkpoint is captured on the line thread between two lines (through the
/// <see cref="Gate"/>), so the read offsets it holds are exactly those of the lines its metrics
/// have counted: after a crash, the lines after it are read again and counted once.
/// </summary>
public sealed class Checkpointer
{
    /// <summary>The lock file that keeps a second daemon off this state directory.</summary>
    public const string LockFileName = "logmetrics.lock";

    readonly string _directory;
    readonly CheckpointMetrics _metrics;
    readonly TimeProvider _clock;
    readonly Lock _writeLock = new();
    StateSnapshot? _loaded;
    Tailer? _tailer;
    MetricStore? _store;
    CheckpointStatus _status;
    bool _lastWriteSucceeded = true;

    // Held open (and so locked) for the life of the process; the kernel lets go of it at exit,
    // kill -9 included.
    readonly FileStream _lock;

    Checkpointer(string directory, FileStream held, CollectorRegistry registry, TimeProvider clock)
    {
        _directory = directory;
        _lock = held;
        _metrics = new CheckpointMetrics(registry);
        _clock = clock;
        _status = new CheckpointStatus(directory);
    }

    /// <summary>The lock file held while this daemon runs.</summary>
    public string LockFile => _lock.Name;

    /// <summary>Held by the line dispatcher; checkpoints are captured between two lines.</summary>
    public DispatchGate Gate { get; } = new();

    /// <summary>For the status page.</summary>
    public CheckpointStatus Status => Volatile.Read(ref _status);

    /// <summary>
    /// Null without <c>-state_dir</c>. The directory is created if missing and must be writable:
    /// otherwise <paramref name="error"/> says which file and why (the daemon then exits 1).
    /// </summary>
    public static Checkpointer? Create(string stateDir, CollectorRegistry registry, TimeProvider clock, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(stateDir))
        {
            return null;
        }
        var directory = Path.GetFullPath(stateDir);
        var probe = Path.Combine(directory, ".logmetrics.probe");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (UnauthorizedAccessException)
        {
            error = $"{probe}: permission denied (-state_dir must be a writable directory)";
            return null;
        }
        catch (IOException e)
        {
            error = $"{probe}: {e.Message} (-state_dir must be a writable directory)";
            return null;
        }
        // Two daemons on one directory would read each other's checkpoints and follow each other's
        // files: the second is refused. .NET takes an exclusive flock for FileShare.None.
        FileStream held;
        try
        {
            held = new FileStream(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            error = $"{directory} is in use by another logmetrics (it holds {LockFileName}): give each daemon its own -state_dir";
            return null;
        }
        return new Checkpointer(directory, held, registry, clock);
    }

    /// <summary>
    /// Reads the checkpoint, if any, and returns what the tailer needs. A corrupt or unreadable one
    /// is logged, counted, shown on the status page, kept aside as <c>logmetrics.state.corrupt</c>,
    /// and ignored: the daemon starts as without one.
    /// </summary>
    public TailerResume? Load()
    {
        if (!SnapshotFile.TryRead(_directory, out var snapshot, out var error))
        {
            if (error is not null)
            {
                Log.Error("Ignoring the checkpoint: {Error}", error);
                _metrics.RestoreErrors.Inc();
                Update(s => s with { RestoreError = error });
                KeepCorruptCopy();
            }
            return null;
        }
        _loaded = snapshot;
        return new TailerResume(snapshot.Logs, snapshot.Patterns);
    }

    /// <summary>Writes the loaded checkpoint's values into the metrics of the programs now loaded whose declarations are unchanged.</summary>
    public void RestoreMetrics(MetricStore store)
    {
        if (_loaded is not { } snapshot)
        {
            return;
        }
        var restored = StoreSnapshots.Restore(store, snapshot.Metrics);
        var text = $"checkpoint of {snapshot.TakenAt:u}: {restored} of {snapshot.Metrics.Count} metrics, {snapshot.Logs.Count} log positions";
        Log.Information("Restored the {Checkpoint}", text);
        Update(s => s with { Restored = text });
    }

    /// <summary>Where checkpoints take their offsets and metrics from.</summary>
    public void Attach(Tailer tailer, MetricStore store)
    {
        _tailer = tailer;
        _store = store;
    }

    /// <summary>Whether the last checkpoint was written (true before the first): <c>/readyz</c> fails while it is not.</summary>
    public bool LastWriteSucceeded => Volatile.Read(ref _lastWriteSucceeded);

    /// <summary>
    /// Captures a checkpoint between two lines and writes it; a failed write is logged, counted and
    /// retried next time. A state directory removed while running is made again. False when the
    /// checkpoint could not be written.
    /// </summary>
    public bool Checkpoint()
    {
        if (_tailer is not { } tailer || _store is not { } store)
        {
            return true;
        }
        lock (_writeLock)
        {
            var start = Stopwatch.GetTimestamp();
            var snapshot = Gate.RunBetweenLines(() => new StateSnapshot(
                StateSnapshot.CurrentVersion, _clock.GetUtcNow(), tailer.FileGlobs, tailer.Checkpoint(), StoreSnapshots.Capture(store)));
            try
            {
                if (!Directory.Exists(_directory))
                {
                    Directory.CreateDirectory(_directory);
                    Log.Warning("The state directory {Directory} was gone: made it again", _directory);
                }
                SnapshotFile.Write(_directory, snapshot);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.Error("Writing the checkpoint to {Directory} failed: {Error}", _directory, e.Message);
                _metrics.WriteErrors.Inc();
                Volatile.Write(ref _lastWriteSucceeded, false);
                Update(s => s with { WriteErrors = s.WriteErrors + 1, LastWriteError = e.Message });
                return false;
            }
            Volatile.Write(ref _lastWriteSucceeded, true);
            _metrics.Written.Inc();
            _metrics.LastWritten.Set(snapshot.TakenAt.ToUnixTimeMilliseconds() / 1000.0);
            _metrics.Duration.Set(Stopwatch.GetElapsedTime(start).TotalSeconds);
            Update(s => s with { Written = s.Written + 1, LastWritten = snapshot.TakenAt });
            return true;
        }
    }

    void Update(Func<CheckpointStatus, CheckpointStatus> change)
    {
        lock (_writeLock)
        {
            Volatile.Write(ref _status, change(_status));
        }
    }

    // The next checkpoint replaces the file; a copy of the bad one is kept for a post-mortem.
    void KeepCorruptCopy()
    {
        var path = SnapshotFile.PathIn(_directory);
        try
        {
            File.Copy(path, path + ".corrupt", overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.Warning("Could not keep a copy of the corrupt checkpoint: {Error}", e.Message);
        }
    }
}
