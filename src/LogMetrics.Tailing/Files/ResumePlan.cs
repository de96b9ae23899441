using LogMetrics.Tailing.Native;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// Where each file starts after a restart with a checkpoint (<see cref="TailerOptions.Resume"/>):
/// a file the checkpoint knows (same device, inode and first bytes) resumes at its offset; a file
/// it does not know, under a path it knew or matched by a pattern it had, appeared after it and is
/// read from its start; anything else follows the usual rule. Known files not found under their
/// path (rotated while the daemon was down) are looked for by identity beside it.
/// </summary>
internal sealed class ResumePlan(TailerResume resume)
{
    readonly List<LogCheckpoint> _unclaimed = [.. resume.Logs];
    readonly HashSet<string> _knownPaths = [.. resume.Logs.Select(l => l.Path)];
    HashSet<string>? _matchedBefore;

    /// <summary>
    /// The offset to start <paramref name="log"/> at, or null for the usual rule. Paths and
    /// patterns matter only at start-up: later, a new file is read from its start anyway.
    /// </summary>
    public long? StartOf(string path, OpenLog log, bool atStartup)
    {
        if (log.Identity is { } identity
            && _unclaimed.FindIndex(c => c.Device == identity.Device && c.Inode == identity.Inode) is var index and >= 0)
        {
            var checkpoint = _unclaimed[index];
            if (log.StartsLike(checkpoint))
            {
                _unclaimed.RemoveAt(index);
                return checkpoint.Offset;
            }
            // Same inode, other content: reused, or truncated and written again while we were down.
            return 0;
        }
        return atStartup && (_knownPaths.Contains(path) || MatchedBefore().Contains(path)) ? 0 : null;
    }

    /// <summary>
    /// Takes the known files that no path led to, and finds each in its path's directory (or its
    /// link target's) by identity and first bytes: e.g. <c>app.log</c> renamed to <c>app.log.1</c>. Only files
    /// read under a path that is <paramref name="wanted"/> now.
    /// </summary>
    public IEnumerable<(LogCheckpoint Checkpoint, string Found)> FindRotated(Func<string, bool> wanted)
    {
        var left = _unclaimed.Where(c => wanted(c.Path)).ToList();
        _unclaimed.Clear();
        foreach (var checkpoint in left)
        {
            var directories = new[] { Path.GetDirectoryName(checkpoint.Path), Path.GetDirectoryName(checkpoint.Target) };
            var identity = new FileIdentity(checkpoint.Device, checkpoint.Inode);
            var found = directories.OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(d => FindByIdentity(d, identity))
                .FirstOrDefault(f => f is not null);
            if (found is not null)
            {
                yield return (checkpoint, found);
            }
        }
    }

    /// <summary>The file of <paramref name="directory"/> that is <paramref name="identity"/> (a log renamed beside its path), if any.</summary>
    public static string? FindByIdentity(string directory, FileIdentity? identity) =>
        identity is null ? null : FilesIn(directory).FirstOrDefault(f => FileStat.TryOfPath(f, out var stat, out _) && stat.Identity == identity);

    static List<string> FilesIn(string directory)
    {
        try
        {
            return Directory.EnumerateFiles(directory).Take(10_000).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    // What the checkpoint's patterns match now: files that appeared since, to be read whole.
    HashSet<string> MatchedBefore() => _matchedBefore ??=
        [.. new FilePatterns(resume.Patterns, null).Expand()];
}
