using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace LogMetrics.Tailing.Native;

/// <summary>Opening and reading logs without ever blocking the polling thread.</summary>
internal static class NativeFile
{
    /// <summary>
    /// Opens for reading. On Linux with <c>O_NONBLOCK</c>: a named pipe opens at once even without
    /// a writer (a plain open would wait for one), and reads from it never wait.
    /// </summary>
    public static SafeFileHandle OpenRead(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        int fd;
        do
        {
            fd = LibC.Open(path, LibC.OpenReadOnly | LibC.OpenNonBlocking | LibC.OpenCloseOnExec);
        }
        while (fd < 0 && Marshal.GetLastPInvokeError() == LibC.EINTR);
        return fd >= 0 ? new SafeFileHandle(fd, ownsHandle: true) : throw Errno.ToException(Marshal.GetLastPInvokeError(), "open", path);
    }

    /// <summary>
    /// Reads what a pipe holds now: the byte count, 0 at end of stream (no writer connected), or
    /// -1 when a writer is connected but has nothing more yet.
    /// </summary>
    public static unsafe int ReadPipe(SafeFileHandle handle, Span<byte> buffer, string path)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            while (true)
            {
                nint read;
                fixed (byte* p = buffer)
                {
                    read = LibC.Read((int)handle.DangerousGetHandle(), p, buffer.Length);
                }
                if (read >= 0)
                {
                    return (int)read;
                }
                var errno = Marshal.GetLastPInvokeError();
                if (errno == LibC.EAGAIN)
                {
                    return -1;
                }
                if (errno != LibC.EINTR)
                {
                    throw Errno.ToException(errno, "read", path);
                }
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }
}
