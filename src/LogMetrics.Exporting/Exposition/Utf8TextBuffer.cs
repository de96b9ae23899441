using System.Buffers;
using System.Buffers.Text;
using System.Text;
using LogMetrics.Go;

namespace LogMetrics.Exporting.Exposition;

/// <summary>
/// A growable UTF-8 output buffer rented from the shared array pool: a scrape of 100k series is about 7 MB,
/// and writing it as UTF-8 directly (rather than as a string that is then encoded) halves the bytes moved
/// and avoids two large-object allocations per scrape. Dispose returns the buffer.
/// </summary>
public sealed class Utf8TextBuffer : IDisposable
{
    byte[] _bytes;

    public Utf8TextBuffer(int initialCapacity = 64 * 1024) => _bytes = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> WrittenMemory => _bytes.AsMemory(0, Length);

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    public override string ToString() => Encoding.UTF8.GetString(WrittenSpan);

    public Utf8TextBuffer Append(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
        return this;
    }

    public Utf8TextBuffer Append(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Reserve(utf8.Length));
        Length += utf8.Length;
        return this;
    }

    /// <summary>Appends text as UTF-8 (unpaired surrogates become U+FFFD, as a string's UTF-8 encoding does).</summary>
    public Utf8TextBuffer Append(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Length += Encoding.UTF8.GetBytes(text, Reserve(Encoding.UTF8.GetMaxByteCount(text.Length)));
        return this;
    }

    /// <summary>Appends text with <c>\</c>, newline and (for label values) <c>"</c> escaped.</summary>
    public Utf8TextBuffer AppendEscaped(string text, bool escapeQuote)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c switch
            {
                '\\' => "\\\\"u8,
                '\n' => "\\n"u8,
                '"' when escapeQuote => "\\\""u8,
                _ => default,
            };
            if (!escape.IsEmpty)
            {
                AppendChars(text.AsSpan(start, i - start));
                Append(escape);
                start = i + 1;
            }
        }
        return AppendChars(text.AsSpan(start));
    }

    public Utf8TextBuffer Append(long value)
    {
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        Length += written;
        return this;
    }

    /// <summary>Appends a number as Go's <c>%g</c> prints it (see <see cref="GoStrconv.FormatFloatG"/>).</summary>
    public Utf8TextBuffer AppendGoFloat(double value)
    {
        // Go's shortest %g prints integers below 1e6 in magnitude as plain digits: most counters.
        if (Math.Abs(value) < 1e6 && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)))
        {
            return Append((long)value);
        }
        return Append(GoStrconv.FormatFloatG(value));
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
        Length = 0;
    }

    Utf8TextBuffer AppendChars(ReadOnlySpan<char> chars)
    {
        Length += Encoding.UTF8.GetBytes(chars, Reserve(Encoding.UTF8.GetMaxByteCount(chars.Length)));
        return this;
    }

    Span<byte> Reserve(int count)
    {
        if (_bytes.Length - Length < count)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, (long)Length + count)));
            WrittenSpan.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
        return _bytes.AsSpan(Length);
    }
}
