using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// A hash of a file's first bytes (up to <see cref="MaxBytes"/>). With the device and inode it
/// tells whether a file found after a restart is the one a checkpoint knew: an inode can be
/// reused by a new file, and a copytruncate keeps the inode but not the content.
/// </summary>
internal sealed record FileFingerprint(int Length, string Hash)
{
    public const int MaxBytes = 1024;

    public static readonly FileFingerprint Empty = new(0, Convert.ToHexString(SHA256.HashData([])));

    /// <summary>The fingerprint of the first <paramref name="length"/> bytes (fewer if the file is shorter).</summary>
    public static FileFingerprint Of(SafeFileHandle handle, long length)
    {
        Span<byte> bytes = stackalloc byte[MaxBytes];
        var want = (int)Math.Min(MaxBytes, Math.Max(0, length));
        var read = 0;
        while (read < want)
        {
            var n = RandomAccess.Read(handle, bytes[read..want], read);
            if (n <= 0)
            {
                break;
            }
            read += n;
        }
        return new FileFingerprint(read, Convert.ToHexString(SHA256.HashData(bytes[..read])));
    }

    /// <summary>Whether <paramref name="handle"/>'s file starts with the bytes this fingerprint was taken of.</summary>
    public bool Matches(SafeFileHandle handle) => Of(handle, Length) == this;
}
