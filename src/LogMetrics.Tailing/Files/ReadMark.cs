using Microsoft.Win32.SafeHandles;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// The last bytes read from a file, which end at the read offset. A log only grows, so if they are
/// no longer there the file was truncated and written again past the old offset between two polls,
/// which comparing sizes cannot see (mtail does not see it, and skips what was written first).
/// </summary>
internal sealed class ReadMark
{
    const int Size = 64;
    readonly byte[] _bytes = new byte[Size];
    int _length;

    public void Remember(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= Size)
        {
            chunk[^Size..].CopyTo(_bytes);
            _length = Size;
            return;
        }
        var keep = Math.Min(_length, Size - chunk.Length);
        _bytes.AsSpan(_length - keep, keep).CopyTo(_bytes);
        chunk.CopyTo(_bytes.AsSpan(keep));
        _length = keep + chunk.Length;
    }

    public void Forget() => _length = 0;

    /// <summary>Whether the file still holds the remembered bytes just before <paramref name="offset"/>.</summary>
    public bool StillThere(SafeFileHandle handle, long offset)
    {
        if (_length == 0)
        {
            return true;
        }
        Span<byte> now = stackalloc byte[Size];
        var read = RandomAccess.Read(handle, now[.._length], offset - _length);
        return now[..read].SequenceEqual(_bytes.AsSpan(0, _length));
    }
}
