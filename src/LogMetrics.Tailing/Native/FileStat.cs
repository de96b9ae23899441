using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace LogMetrics.Tailing.Native;

/// <summary>Which file a path or handle names: equal identities are the same file, whatever its names.</summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode);

internal enum FileKind
{
    Regular,
    Directory,
    Pipe,
    Other,
}

/// <summary>
/// <c>stat</c>/<c>fstat</c> as far as the tailer needs them. <see cref="Identity"/> is null where
/// the platform gives none (not Linux): rotation by rename is then not seen, truncation still is.
/// <see cref="Modified"/> is the modification time in nanoseconds since the epoch.
/// </summary>
internal readonly record struct FileStat(FileIdentity? Identity, FileKind Kind, long Size, uint Links, long Modified = 0)
{
    /// <summary>Stats a path, following symbolic links; the error is an errno (ENOENT when missing).</summary>
    public static unsafe bool TryOfPath(string path, out FileStat stat, out int errno)
    {
        if (!OperatingSystem.IsLinux())
        {
            return TryManaged(path, out stat, out errno);
        }
        StatxBuffer buffer;
        var ok = LibC.Statx(LibC.AtFdCwd, path, 0, LibC.StatxBasicStats, &buffer) == 0;
        errno = ok ? 0 : Marshal.GetLastPInvokeError();
        stat = ok ? From(buffer) : default;
        return ok;
    }

    /// <summary>Stats an open handle (<c>fstat</c>).</summary>
    public static unsafe FileStat OfHandle(SafeFileHandle handle, string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStat(null, FileKind.Regular, RandomAccess.GetLength(handle), 1);
        }
        StatxBuffer buffer;
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (LibC.Statx((int)handle.DangerousGetHandle(), "", LibC.AtEmptyPath, LibC.StatxBasicStats, &buffer) != 0)
            {
                throw Errno.ToException(Marshal.GetLastPInvokeError(), "stat", path);
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
        return From(buffer);
    }

    static FileStat From(in StatxBuffer b)
    {
        var kind = (b.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Pipe,
            _ => FileKind.Other,
        };
        var device = ((ulong)b.DeviceMajor << 32) | b.DeviceMinor;
        return new FileStat(new FileIdentity(device, b.Inode), kind, (long)b.Size, b.Links, (b.ModifiedSeconds * 1_000_000_000) + b.ModifiedNanoseconds);
    }

    static bool TryManaged(string path, out FileStat stat, out int errno)
    {
        var info = new FileInfo(path);
        if (info.Exists)
        {
            stat = new FileStat(null, FileKind.Regular, info.Length, 1, info.LastWriteTimeUtc.Ticks * 100);
            errno = 0;
            return true;
        }
        stat = Directory.Exists(path) ? new FileStat(null, FileKind.Directory, 0, 1) : default;
        errno = Directory.Exists(path) ? 0 : LibC.ENOENT;
        return errno == 0;
    }
}
