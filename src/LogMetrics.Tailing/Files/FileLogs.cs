using LogMetrics.Tailing.Native;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// Every path the file patterns have matched, the file each one is being read from, and the
/// "retired" files: ones their path no longer names (renamed, deleted, replaced behind a symbolic
/// link) that are still read until they have been idle for the rotation grace period. Used by the
/// polling thread only.
/// </summary>
internal sealed class FileLogs(TailContext context)
{
    readonly Dictionary<string, TrackedPath> _paths = new(StringComparer.Ordinal);
    readonly List<OpenLog> _retired = [];
    bool _started;

    /// <summary>Every path ever matched, in the order first seen.</summary>
    public IEnumerable<LogCounters> Counters => _paths.Values.Select(p => p.Counters);

    /// <summary>Opens the matched paths that are not being read.</summary>
    public void Discover(IEnumerable<string> paths, Action<LogCounters> onNewPath)
    {
        foreach (var path in paths)
        {
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
        _started = true;
    }

    /// <summary>Reads every open file to its end and looks for rotations, truncations and deletions.</summary>
    public void ReadAll()
    {
        // Rotated files first: what a program still wrote to its old file came before what it
        // then wrote to the new one.
        ReadRetired();
        foreach (var tracked in _paths.Values)
        {
            if (tracked.Reader is not null)
            {
                Read(tracked, followRotation: true);
            }
        }
    }

    /// <summary>Shutdown: hands on every partial line and closes every file.</summary>
    public void CloseAll()
    {
        foreach (var tracked in _paths.Values)
        {
            if (tracked.Reader is { } log)
            {
                tracked.Reader = null;
                Close(log);
            }
        }
        _retired.ForEach(Close);
        _retired.Clear();
    }

    void Read(TrackedPath tracked, bool followRotation)
    {
        var log = tracked.Reader!;
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
                Close(log);
            }
            return;
        }
        // At the end of what was written: does the path still name this file?
        if (!FileStat.TryOfPath(tracked.Path, out var now, out var errno))
        {
            if (Errno.IsMissing(errno))
            {
                Retire(tracked);
            }
            return;
        }
        if (followRotation && now.Identity is { } current && log.Identity is { } old && current != old)
        {
            Retire(tracked);
            Open(tracked, foundByPolling: false);
            if (tracked.Reader is not null)
            {
                Read(tracked, followRotation: false);
            }
        }
    }

    void Open(TrackedPath tracked, bool foundByPolling)
    {
        OpenLog? log;
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
            // asked to behave as mtail. Come back after a rotation: from the start.
            var fromEnd = tracked.PresentAtStartup && !tracked.EverOpened
                || foundByPolling && !context.Options.ReadFromStartForNewFiles;
            if (fromEnd)
            {
                log.SkipToEnd();
            }
        }
        catch (FileNotFoundException)
        {
            // Gone between the glob and the open: the next poll will tell.
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
        var retired = _retired.Find(r => r.Identity == identity);
        if (retired is null)
        {
            return false;
        }
        _retired.Remove(retired);
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
    }

    void Retire(TrackedPath tracked)
    {
        var log = tracked.Reader!;
        tracked.Reader = null;
        log.Retire();
        // The writer may have appended between the last read and the stat.
        if (TryRead(log) && context.Options.RotationGracePeriod > TimeSpan.Zero)
        {
            _retired.Add(log);
        }
        else
        {
            Close(log);
        }
    }

    void ReadRetired()
    {
        var now = context.Clock.GetUtcNow();
        for (var i = _retired.Count - 1; i >= 0; i--)
        {
            var log = _retired[i];
            if (!TryRead(log) || now - log.LastDataAt >= context.Options.RotationGracePeriod)
            {
                _retired.RemoveAt(i);
                Close(log);
            }
        }
    }

    bool TryRead(OpenLog log)
    {
        try
        {
            log.ReadAvailable();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Fail(log.Counters, e);
            return false;
        }
    }

    static void Close(OpenLog log)
    {
        log.Flush();
        log.Dispose();
        log.Counters.Closed();
    }

    sealed class TrackedPath(string path, bool presentAtStartup)
    {
        public string Path => path;

        public bool PresentAtStartup => presentAtStartup;

        public LogCounters Counters { get; } = new(path);

        public OpenLog? Reader { get; set; }

        public bool EverOpened { get; set; }
    }
}
