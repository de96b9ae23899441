using LogMetrics.Tailing.Native;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// Every path the file patterns have matched and the file each one is being read from: opening
/// (from the end or the start), and at the end of each read, noticing that the path names another
/// file or none. Files a path no longer names go to <see cref="RetiredLogs"/>. Used by the polling
/// thread only.
/// </summary>
/// <param name="context">What the tailer shares with its readers.</param>
/// <param name="wanted">Whether the patterns ask for a path now: a checkpoint's file under a path they no longer
/// name (dropped from <c>-logs</c>, or newly ignored) is not followed after a restart.</param>
internal sealed class FileLogs(TailContext context, Func<string, bool> wanted)
{
    readonly Dictionary<string, TrackedPath> _paths = new(StringComparer.Ordinal);
    readonly RetiredLogs _retired = new(context);
    readonly ResumePlan? _resume = context.Options.Resume is { } resume ? new ResumePlan(resume) : null;
    bool _started;
    bool _deferred;

    /// <summary>
    /// Opens the matched paths that are not being read, and forgets the paths gone for longer than
    /// <see cref="TailerOptions.ForgetGoneLogsAfter"/> (<paramref name="onForgotten"/>).
    /// </summary>
    public void Discover(IEnumerable<string> paths, Action<LogCounters> onNewPath, Action<LogCounters> onForgotten)
    {
        if (!_deferred)
        {
            context.Files.Recovered();
        }
        _deferred = false;
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            matched.Add(path);
            if (!_paths.TryGetValue(path, out var tracked))
            {
                tracked = new TrackedPath(path, presentAtStartup: !_started);
                _paths.Add(path, tracked);
                onNewPath(tracked.Counters);
            }
            if (tracked.Reader is null)
            {
                Open(tracked, foundByPolling: true);
            }
        }
        if (!_started && _resume is not null)
        {
            FollowRotatedWhileDown(onNewPath);
        }
        _started = true;
        ForgetGone(matched, onForgotten);
    }

    // A path neither matched nor being read (nor its rotated file) starts its time gone; past the limit it is dropped,
    // and a file appearing there later is new.
    void ForgetGone(HashSet<string> matched, Action<LogCounters> onForgotten)
    {
        var now = context.Clock.GetTimestamp();
        List<TrackedPath>? forget = null;
        foreach (var tracked in _paths.Values)
        {
            if (matched.Contains(tracked.Path) || tracked.Reader is not null || tracked.Counters.IsOpen)
            {
                tracked.GoneSince = null;
            }
            else if (tracked.GoneSince is not { } since)
            {
                tracked.GoneSince = now;
            }
            else if (context.Clock.GetElapsedTime(since, now) >= context.Options.ForgetGoneLogsAfter)
            {
                (forget ??= []).Add(tracked);
            }
        }
        foreach (var tracked in forget ?? [])
        {
            _paths.Remove(tracked.Path);
            onForgotten(tracked.Counters);
        }
    }

    /// <summary>
    /// Reads every open file to its end (or its pass budget) and looks for rotations, truncations
    /// and deletions; true when some file has more to read at once.
    /// </summary>
    public bool ReadAll()
    {
        // Rotated files first: what a program still wrote to its old file came before what it
        // then wrote to the new one.
        var more = _retired.ReadAll();
        foreach (var tracked in _paths.Values)
        {
            if (tracked.Reader is not null)
            {
                more |= Read(tracked, followRotation: true);
            }
        }
        return more;
    }

    /// <summary>Shutdown: hands on every partial line and closes every file.</summary>
    public void CloseAll()
    {
        foreach (var tracked in _paths.Values)
        {
            if (tracked.Reader is { } log)
            {
                tracked.Reader = null;
                log.CloseAtShutdown();
            }
        }
        _retired.CloseAll();
    }

    // True when the file has more to read than one pass takes.
    bool Read(TrackedPath tracked, bool followRotation)
    {
        var log = tracked.Reader!;
        if (log.IsParked)
        {
            if (!Reopen(tracked, log) || tracked.Reader is not { IsParked: false } reopened)
            {
                return false;
            }
            log = reopened;
        }
        try
        {
            log.CheckTruncated();
            log.ReadAvailable();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Fail(tracked.Counters, e);
            if (e.HResult == LibC.ESTALE)
            {
                // The handle is dead for good (NFS): as mtail, start the file again from 0.
                tracked.Reader = null;
                log.Close();
            }
            return false;
        }
        if (log.HasMore)
        {
            return true;
        }
        // At the end of what was written: does the path still name this file?
        if (!FileStat.TryOfPath(tracked.Path, out var now, out var errno))
        {
            if (Errno.IsMissing(errno))
            {
                Retire(tracked);
            }
            return false;
        }
        if (followRotation && now.Identity is { } current && log.Identity is { } old && current != old)
        {
            Retire(tracked);
            Open(tracked, foundByPolling: false);
            return tracked.Reader is not null && Read(tracked, followRotation: false);
        }
        return false;
    }

    void Open(TrackedPath tracked, bool foundByPolling)
    {
        OpenLog? log;
        if (!MakeRoom(tracked))
        {
            return;
        }
        try
        {
            log = OpenLog.Open(tracked.Path, tracked.Counters, context);
            if (log is null)
            {
                return;
            }
            if (log.Identity is { } identity && Adopt(tracked, identity))
            {
                log.Dispose();
                return;
            }
            // Present at start-up: from the end, as mtail. Found later: from the start, unless
            // asked to behave as mtail. Come back after a rotation: from the start. Known to a
            // restored checkpoint: where it says.
            var fromEnd = tracked.PresentAtStartup && !tracked.EverOpened
                || foundByPolling && !context.Options.ReadFromStartForNewFiles;
            if (_resume?.StartOf(tracked.Path, log, atStartup: !_started) is { } offset)
            {
                log.ResumeAt(offset);
            }
            else if (fromEnd)
            {
                log.SkipToEnd();
            }
        }
        catch (FileNotFoundException)
        {
            // Gone between the glob and the open, or a dangling symbolic link: whatever appears
            // there later is new.
            tracked.PresentAtStartup = false;
            return;
        }
        catch (IOException e) when (Errno.IsOutOfDescriptors(e))
        {
            Defer(tracked);
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Fail(tracked.Counters, e);
            return;
        }
        Attach(tracked, log);
        tracked.Counters.Opened();
        tracked.Counters.Recovered();
    }

    // The file is already open: read under another matched name (a symbolic link and its target
    // both matched), or retired and now found under its new name (app.log renamed to app.log.1,
    // which the glob also matches). Reading it from the start again would repeat its lines.
    bool Adopt(TrackedPath tracked, FileIdentity identity)
    {
        if (_paths.Values.Any(p => p.Reader?.Identity == identity))
        {
            return true;
        }
        if (_retired.Take(identity) is not { } retired)
        {
            return false;
        }
        retired.MoveTo(tracked.Counters);
        Attach(tracked, retired);
        return true;
    }

    // Whether the path was renamed away, deleted or relinked, and whether the poll saw it missing
    // in between or not, a path that names another file than before has rotated.
    static void Attach(TrackedPath tracked, OpenLog log)
    {
        if (tracked.EverOpened)
        {
            tracked.Counters.Rotated();
        }
        tracked.Reader = log;
        tracked.EverOpened = true;
        log.TrackPosition();
    }

    // A restored checkpoint knew files that no matched path names any more: each found beside
    // its path is read to its end from its offset, as if its rotation had been seen, before the
    // path's new file (read from its start) — and its lines go out under the path, as they would
    // have. A file rotated away twice, or deleted, while the daemon was down is not found.
    void FollowRotatedWhileDown(Action<LogCounters> onNewPath)
    {
        foreach (var (checkpoint, found) in _resume!.FindRotated(wanted))
        {
            if (!_paths.TryGetValue(checkpoint.Path, out var tracked))
            {
                // Its path names no file yet: whatever appears there later is read from the start.
                tracked = new TrackedPath(checkpoint.Path, presentAtStartup: false) { EverOpened = true };
                _paths.Add(checkpoint.Path, tracked);
                onNewPath(tracked.Counters);
            }
            OpenLog? log = null;
            try
            {
                log = OpenLog.Open(found, tracked.Counters, context);
                if (log is null || log.Identity != new FileIdentity(checkpoint.Device, checkpoint.Inode) || !log.StartsLike(checkpoint))
                {
                    log?.Dispose();
                    continue;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log?.Dispose();
                context.Fail(tracked.Counters, e);
                continue;
            }
            log.ResumeAt(checkpoint.Offset);
            log.TrackPosition();
            tracked.Counters.Opened();
            tracked.Counters.Rotated();
            _retired.Add(log);
        }
    }

    // A parked file, looked at through its path and reopened only when it has something to read. Renamed or
    // replaced meanwhile, it is found again by identity in its directory, read to its end and retired; the path's
    // new file is opened. True when the path's reader is open again and can be read.
    bool Reopen(TrackedPath tracked, OpenLog log)
    {
        if (!FileStat.TryOfPath(tracked.Path, out var now, out var errno))
        {
            if (Errno.IsMissing(errno))
            {
                FinishParked(tracked, log);
            }
            return false;
        }
        if (now.Identity != log.Identity)
        {
            FinishParked(tracked, log);
            Open(tracked, foundByPolling: false);
            return tracked.Reader is { IsParked: false };
        }
        if (!log.NeedsReading(now) || !MakeRoom(tracked))
        {
            return false;
        }
        try
        {
            return log.TryReopen(tracked.Path);
        }
        catch (IOException e) when (Errno.IsOutOfDescriptors(e))
        {
            Defer(tracked);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Replaced between the stat and the open: the next poll sees the new file.
            context.Fail(tracked.Counters, e);
            return false;
        }
    }

    // A parked file its path no longer names: read to its end if it is still beside its path, else closed (what
    // was written to it after it was parked and before it went is lost: docs/reliability.md).
    void FinishParked(TrackedPath tracked, OpenLog log)
    {
        tracked.Reader = null;
        var directory = Path.GetDirectoryName(tracked.Path);
        var found = directory is null ? null : ResumePlan.FindByIdentity(directory, log.Identity);
        try
        {
            if (found is not null && MakeRoom(tracked) && log.TryReopen(found))
            {
                _retired.Add(log);
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Fail(tracked.Counters, e);
        }
        log.Close();
    }

    // Parks the least recently active files once MaxOpenFiles are open; false (the open put off) when none can be.
    bool MakeRoom(TrackedPath tracked)
    {
        var files = context.Files;
        if (!files.Full)
        {
            return true;
        }
        var active = _paths.Values.Select(p => p.Reader).OfType<OpenLog>()
            .Where(l => !l.IsParked && !l.IsPipe).OrderBy(l => l.LastDataAt).ToList();
        foreach (var log in active.Take(Math.Max(1, files.Limit / 8)))
        {
            try
            {
                log.Park();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // fstat failed: the handle stays open; another one makes room.
            }
        }
        if (files.Full)
        {
            Defer(tracked);
            return false;
        }
        return true;
    }

    // No descriptor for this log now: counted, said once, tried again at the next poll.
    void Defer(TrackedPath tracked)
    {
        _deferred = true;
        if (context.Files.Defer())
        {
            context.Report(tracked.Path, new IOException(
                $"too many open files ({context.Files.Open} log files open, limit {context.Files.Limit}): opening is put off until a descriptor is free "
                + "(counted in logmetrics_log_opens_deferred_total; reported once)"));
        }
    }

    void Retire(TrackedPath tracked)
    {
        var log = tracked.Reader!;
        tracked.Reader = null;
        _retired.Add(log);
    }
}
