using System.Runtime.InteropServices;

namespace LogMetrics.Cli.State;

/// <summary>
/// fsync of a directory, so a rename into it survives a power loss: .NET cannot open a directory
/// as a file, so this takes libc's <c>open</c> and <c>fsync</c>. Not on Linux: nothing is done.
/// </summary>
internal static partial class DirectorySync
{
    const int OpenReadOnly = 0;
    const int OpenDirectory = 0x10000;
    const int OpenCloseOnExec = 0x80000;

    public static void Sync(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var fd = Open(directory, OpenReadOnly | OpenDirectory | OpenCloseOnExec);
        if (fd < 0)
        {
            throw new IOException($"open {directory}: errno {Marshal.GetLastPInvokeError()}");
        }
        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"fsync {directory}: errno {Marshal.GetLastPInvokeError()}");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc.so.6", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc.so.6", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
