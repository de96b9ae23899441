using LogMetrics.Tailing.Native;

namespace LogMetrics.Tailing;

/// <summary>
/// The process's file descriptor limit, and how it is shared out, so that no one consumer (log files, HTTP
/// connections, socket logs) can take the descriptors the others, the checkpoints and the runtime's own lazily
/// loaded assemblies need. .NET raises the soft limit to the hard one at start-up; this reads what it is then.
/// </summary>
public static class FileDescriptors
{
    // What the runtime, its thread pool, Kestrel's listener and the loaded assemblies hold with no log open
    // (measured: about 180), with room for checkpoints and lazily loaded assemblies.
    const long RuntimeReserve = 256;

    /// <summary>RLIMIT_NOFILE's soft limit now; a large number where it cannot be read.</summary>
    public static unsafe long Limit
    {
        get
        {
            if (!OperatingSystem.IsLinux())
            {
                return 1 << 20;
            }
            var limits = stackalloc ulong[2];
            return LibC.GetRLimit(LibC.RlimitNoFile, limits) == 0 ? (long)Math.Min(limits[0], 1UL << 30) : 1 << 20;
        }
    }

    /// <summary>Log files held open at once: half of what the runtime leaves (a limit of 1,024 gives 384).</summary>
    public static int LogFiles(long limit) => (int)Math.Clamp((limit - RuntimeReserve) / 2, 16, 65_536);

    /// <summary>HTTP connections before the oldest idle one makes room: a quarter of the limit, at most 512.</summary>
    public static int HttpConnections(long limit) => (int)Math.Clamp(limit / 4, 16, 512);

    /// <summary>Connections per socket log: an eighth of the limit, at most 256.</summary>
    public static int StreamConnections(long limit) => (int)Math.Clamp(limit / 8, 8, 256);
}
