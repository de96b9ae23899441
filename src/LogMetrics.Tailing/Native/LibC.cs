using System.Runtime.InteropServices;

namespace LogMetrics.Tailing.Native;

/// <summary>
/// The few Linux libc calls .NET does not expose: <c>statx</c> (device and inode, which .NET keeps
/// internal), and <c>open</c>/<c>read</c> with <c>O_NONBLOCK</c> so that a named pipe without a
/// writer neither blocks the open nor a read. Constants are Linux's (the same on x64 and arm64).
/// </summary>
internal static unsafe partial class LibC
{
    public const int AtFdCwd = -100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxBasicStats = 0x7ff;
    public const int OpenReadOnly = 0;
    public const int OpenNonBlocking = 0x800;
    public const int OpenCloseOnExec = 0x80000;

    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int EAGAIN = 11;
    public const int EACCES = 13;
    public const int EPERM = 1;
    public const int ENOTDIR = 20;
    public const int ESTALE = 116;
    public const int ENFILE = 23;
    public const int EMFILE = 24;
    public const int RlimitNoFile = 7;

    // "libc" alone is found only where the development files are installed (libc.so is then a
    // linker script .NET cannot load); glibc's run-time name is libc.so.6. Elsewhere (musl) the
    // default probing finds it.
    static LibC() => NativeLibrary.SetDllImportResolver(typeof(LibC).Assembly, (name, _, _) =>
        name == "libc" && NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : 0);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Statx(int dirFd, string path, int flags, uint mask, StatxBuffer* buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    public static partial int GetRLimit(int resource, ulong* limits);
}

/// <summary>Linux's <c>struct statx</c> (256 bytes, the same layout on every architecture); only the fields used.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    [FieldOffset(16)] public uint Links;
    [FieldOffset(28)] public ushort Mode;
    [FieldOffset(32)] public ulong Inode;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(112)] public long ModifiedSeconds;
    [FieldOffset(120)] public uint ModifiedNanoseconds;
    [FieldOffset(136)] public uint DeviceMajor;
    [FieldOffset(140)] public uint DeviceMinor;
}
