using System.Buffers;
using System.Text;

namespace LogMetrics.Tailing;

/// <summary>
/// Splits a byte stream into log lines: on <c>\n</c>, with every <c>\r</c> removed (mtail rc50's
/// rule), the final line kept even without a newline, and bytes decoded as UTF-8 with invalid
/// sequences replaced by U+FFFD (mtail rc50 stops reading at the first invalid byte; logmetrics
/// reads on — see docs/compatibility.md). Buffers are reused; the only allocation per line is
/// the line's string.
/// </summary>
public sealed class LineSplitter
{
    const int ChunkSize = 64 * 1024;
    static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    byte[] _pending = new byte[ChunkSize];
    int _pendingLength;

    /// <summary>Reads <paramref name="stream"/> to its end and hands each complete line to <paramref name="onLine"/>.</summary>
    public void Feed(Stream stream, Action<string> onLine)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, ChunkSize)) > 0)
            {
                Feed(chunk.AsSpan(0, read), onLine);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Splits bytes; a trailing partial line is held until more bytes or <see cref="Flush"/>.</summary>
    public void Feed(ReadOnlySpan<byte> bytes, Action<string> onLine)
    {
        while (!bytes.IsEmpty)
        {
            var newline = bytes.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Append(bytes);
                return;
            }
            if (_pendingLength == 0)
            {
                onLine(Decode(bytes[..newline]));
            }
            else
            {
                Append(bytes[..newline]);
                onLine(Decode(_pending.AsSpan(0, _pendingLength)));
                _pendingLength = 0;
            }
            bytes = bytes[(newline + 1)..];
        }
    }

    /// <summary>Emits the held partial line, if any (at end of file in one-shot mode, or when a log goes away).</summary>
    public void Flush(Action<string> onLine)
    {
        if (_pendingLength > 0)
        {
            onLine(Decode(_pending.AsSpan(0, _pendingLength)));
            _pendingLength = 0;
        }
    }

    /// <summary>Bytes held for an incomplete line.</summary>
    public int PendingBytes => _pendingLength;

    void Append(ReadOnlySpan<byte> bytes)
    {
        if (_pendingLength + bytes.Length > _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(_pending.Length * 2, _pendingLength + bytes.Length));
        }
        bytes.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += bytes.Length;
    }

    static string Decode(ReadOnlySpan<byte> line)
    {
        if (line.IndexOf((byte)'\r') < 0)
        {
            return Utf8.GetString(line);
        }
        var rented = ArrayPool<byte>.Shared.Rent(line.Length);
        try
        {
            var length = 0;
            foreach (var b in line)
            {
                if (b != (byte)'\r')
                {
                    rented[length++] = b;
                }
            }
            return Utf8.GetString(rented, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
