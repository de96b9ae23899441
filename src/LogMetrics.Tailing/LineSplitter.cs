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
/// <remarks>
/// A line longer than <see cref="MaxLineBytes"/> is handed on cut at that length (at a character
/// boundary) as soon as the limit is passed, and the rest of it, up to its newline, is skipped:
/// memory stays bounded whatever the input. mtail has no limit and buffers the whole line.
/// </remarks>
public sealed class LineSplitter
{
    const int ChunkSize = 64 * 1024;
    static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Allocated when a line is first split across two feeds: an idle log or connection holds nothing.
    byte[] _pending = [];
    int _pendingLength;
    bool _skippingRestOfLine;

    /// <summary>A splitter without a line length limit (one-shot mode, like mtail).</summary>
    public LineSplitter()
        : this(int.MaxValue)
    {
    }

    /// <summary>A splitter that cuts lines longer than <paramref name="maxLineBytes"/> bytes.</summary>
    public LineSplitter(int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 4);
        MaxLineBytes = maxLineBytes;
    }

    /// <summary>Longest line handed on whole, in bytes before <c>\r</c> removal.</summary>
    public int MaxLineBytes { get; }

    /// <summary>Lines cut at <see cref="MaxLineBytes"/> so far.</summary>
    public long LinesCut { get; private set; }

    /// <summary>Bytes held for an incomplete line.</summary>
    public int PendingBytes => _pendingLength;

    /// <summary>Bytes of memory held for incomplete lines (what <see cref="PendingBytes"/> occupies, grown ahead).</summary>
    public int PendingCapacity => _pending.Length;

    /// <summary>
    /// Where the next byte fed sits in the stream (a file offset, for a file); set it when reading
    /// starts somewhere else than 0. Only <see cref="LineEnd"/> uses it.
    /// </summary>
    public long Position { get; set; }

    /// <summary>
    /// While a line is being handed on: the stream position just after it (after its newline), so a
    /// checkpoint can say where reading resumes without reading that line again.
    /// </summary>
    public long LineEnd { get; private set; }

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
        var start = Position;
        var total = bytes.Length;
        Position += total;
        while (!bytes.IsEmpty)
        {
            var newline = bytes.IndexOf((byte)'\n');
            LineEnd = start + (total - bytes.Length) + (newline < 0 ? bytes.Length : newline + 1);
            var body = newline < 0 ? bytes : bytes[..newline];
            if (_skippingRestOfLine)
            {
                _skippingRestOfLine = newline < 0;
            }
            else if (_pendingLength == 0 && newline >= 0 && body.Length <= MaxLineBytes)
            {
                onLine(Decode(body));
            }
            else if (!Append(body, onLine))
            {
                // Cut: the bytes past the limit up to this chunk's end are already dropped.
                _skippingRestOfLine = newline < 0;
            }
            else if (newline >= 0)
            {
                onLine(Decode(_pending.AsSpan(0, _pendingLength)));
                Clear();
            }
            if (newline < 0)
            {
                return;
            }
            bytes = bytes[(newline + 1)..];
        }
    }

    /// <summary>Emits the held partial line, if any (at end of file in one-shot mode, or when a log goes away).</summary>
    public void Flush(Action<string> onLine)
    {
        if (_pendingLength > 0)
        {
            LineEnd = Position;
            onLine(Decode(_pending.AsSpan(0, _pendingLength)));
        }
        Clear();
        _skippingRestOfLine = false;
    }

    /// <summary>
    /// Drops everything up to the next newline: used when reading starts in the middle of a line
    /// that is already longer than the limit.
    /// </summary>
    public void SkipToNextLine()
    {
        Clear();
        _skippingRestOfLine = true;
    }

    // Holds bytes of the current line; when the line passes the limit, hands on its first
    // MaxLineBytes bytes and skips the rest. Returns false when the line was cut.
    bool Append(ReadOnlySpan<byte> bytes, Action<string> onLine)
    {
        var room = MaxLineBytes - _pendingLength;
        var take = Math.Min(room, bytes.Length);
        if (_pendingLength + take > _pending.Length)
        {
            Array.Resize(ref _pending, (int)Math.Min(MaxLineBytes, Math.Max(Math.Max(_pending.Length * 2L, 4096), _pendingLength + take)));
        }
        bytes[..take].CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += take;
        if (bytes.Length <= room)
        {
            return true;
        }
        onLine(Decode(_pending.AsSpan(0, CharacterBoundary(_pending.AsSpan(0, _pendingLength)))));
        LinesCut++;
        Clear();
        _skippingRestOfLine = true;
        return false;
    }

    void Clear()
    {
        _pendingLength = 0;
        // A very long line leaves a large buffer behind; give it back so idle logs stay small.
        if (_pending.Length > ChunkSize)
        {
            _pending = new byte[ChunkSize];
        }
    }

    // The length of `bytes` without a UTF-8 sequence cut short at its end, so a cut line does not
    // end in U+FFFD because the limit fell inside a character.
    static int CharacterBoundary(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? bytes.Length - back : bytes.Length;
        }
        return bytes.Length;
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
