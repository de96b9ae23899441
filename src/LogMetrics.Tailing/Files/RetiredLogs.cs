using LogMetrics.Tailing.Native;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// Files their path no longer names (renamed, deleted, replaced behind a symbolic link), still
/// read until nothing was appended to them for <see cref="TailerOptions.RotationGracePeriod"/>:
/// a program writes to its old file until it reopens its log, and mtail loses those lines.
/// </summary>
internal sealed class RetiredLogs(TailContext context)
{
    readonly List<OpenLog> _logs = [];

    public void Add(OpenLog log)
    {
        log.Retire();
        // The writer may have appended between the last read and the stat that found the change.
        if (log.TryRead(context) && (log.HasMore || context.Options.RotationGracePeriod > TimeSpan.Zero))
        {
            _logs.Add(log);
        }
        else
        {
            log.Close();
        }
    }

    /// <summary>Takes back a retired file found again under another name.</summary>
    public OpenLog? Take(FileIdentity identity)
    {
        var index = _logs.FindIndex(l => l.Identity == identity);
        if (index < 0)
        {
            return null;
        }
        var log = _logs[index];
        _logs.RemoveAt(index);
        return log;
    }

    /// <summary>Reads each retired file and closes those idle for the grace period; true when one has more to read at once.</summary>
    public bool ReadAll()
    {
        var more = false;
        for (var i = _logs.Count - 1; i >= 0; i--)
        {
            var log = _logs[i];
            var ok = log.TryRead(context);
            more |= ok && log.HasMore;
            if (!ok || !log.HasMore && context.Clock.GetElapsedTime(log.LastDataAt) >= context.Options.RotationGracePeriod)
            {
                _logs.RemoveAt(i);
                log.Close();
            }
        }
        return more;
    }

    public void CloseAll()
    {
        _logs.ForEach(l => l.CloseAtShutdown());
        _logs.Clear();
    }
}
