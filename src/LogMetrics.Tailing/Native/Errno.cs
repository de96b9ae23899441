using System.Globalization;
using System.Runtime.InteropServices;

namespace LogMetrics.Tailing.Native;

/// <summary>Turns an errno into the exception .NET would throw, with Go's wording (<c>open /x: permission denied</c>).</summary>
internal static class Errno
{
    public static Exception ToException(int errno, string operation, string path)
    {
        var text = Marshal.GetPInvokeErrorMessage(errno).ToLower(CultureInfo.InvariantCulture);
        var message = $"{operation} {path}: {text}";
        return errno switch
        {
            LibC.EACCES or LibC.EPERM => new UnauthorizedAccessException(message),
            LibC.ENOENT => new FileNotFoundException(message, path),
            _ => new IOException(message, errno),
        };
    }

    public static bool IsMissing(int errno) => errno is LibC.ENOENT or LibC.ENOTDIR;

    /// <summary>The process (EMFILE) or the system (ENFILE) has no file descriptor left.</summary>
    public static bool IsOutOfDescriptors(Exception e) => e is IOException { HResult: LibC.EMFILE or LibC.ENFILE };
}
