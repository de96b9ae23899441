using System.Globalization;
using System.Text;

namespace LogMetrics.Go;

/// <summary>
/// Go's <c>strconv.Quote</c> / <c>strconv.QuoteRune</c> (what <c>%q</c> prints), and the smaller
/// quoting the <c>time</c> package uses in its error texts. mtail's diagnostics embed these, so
/// the escapes must be Go's byte for byte.
/// </summary>
/// <remarks>
/// Go strings are UTF-8 bytes, ours are UTF-16. A lone surrogate cannot occur in a Go string;
/// we treat it as the three bytes a lenient encoder would write, each invalid in UTF-8, which
/// is what Go shows for invalid bytes (<c>\xed\xa0\x80</c>).
/// </remarks>
public static class GoQuote
{
    private const string LowerHex = "0123456789abcdef";

    /// <summary>Go's <c>%q</c> of a <c>[]string</c>: <c>["a" "b"]</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(' ', items.Select(String)) + "]";

    /// <summary>Go's <c>strconv.Quote</c>: a double-quoted literal, printable runes kept.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Mirrors Go's strconv.Quote naming: GoQuote.String / GoQuote.Rune.")]
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        var i = 0;
        while (i < value.Length)
        {
            if (System.Text.Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                AppendEscaped(sb, rune.Value, '"');
            }
            else
            {
                // A lone surrogate: show its three would-be bytes as Go shows invalid UTF-8.
                AppendInvalidUnit(sb, value[i]);
                used = 1;
            }

            i += used;
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>Go's <c>strconv.QuoteRune</c>: a single-quoted rune literal; an invalid rune prints as U+FFFD.</summary>
    public static string Rune(int rune)
    {
        if (!System.Text.Rune.IsValid(rune))
        {
            rune = 0xFFFD;
        }

        var sb = new StringBuilder(12);
        sb.Append('\'');
        AppendEscaped(sb, rune, '\'');
        sb.Append('\'');
        return sb.ToString();
    }

    /// <summary>
    /// Go's <c>strconv.IsPrint</c>: letters, marks, numbers, punctuation, symbols and the ASCII space.
    /// Other spaces (U+00A0), controls, format characters (U+FEFF) and unassigned code points are not.
    /// </summary>
    public static bool IsPrint(int rune)
    {
        if (rune == ' ')
        {
            return true;
        }

        if (!System.Text.Rune.IsValid(rune))
        {
            return false;
        }

        var category = System.Text.Rune.GetUnicodeCategory(new System.Text.Rune(rune));
        return category <= UnicodeCategory.OtherNumber
            || (category >= UnicodeCategory.ConnectorPunctuation && category <= UnicodeCategory.OtherSymbol);
    }

    /// <summary>
    /// The <c>time</c> package's own quoting (it cannot import strconv): ASCII kept with <c>"</c> and
    /// <c>\</c> escaped, every byte of a control or non-ASCII character shown as <c>\xNN</c>.
    /// </summary>
    public static string TimeString(ReadOnlySpan<char> value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c >= ' ' && c < 0x80)
            {
                if (c is '"' or '\\')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
                i++;
                continue;
            }

            if (System.Text.Rune.DecodeFromUtf16(value[i..], out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                var n = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..n])
                {
                    AppendHexByte(sb, b);
                }
            }
            else
            {
                AppendInvalidUnit(sb, c);
                used = 1;
            }

            i += used;
        }

        sb.Append('"');
        return sb.ToString();
    }

    private static void AppendEscaped(StringBuilder sb, int rune, char quote)
    {
        if (rune == quote || rune == '\\')
        {
            sb.Append('\\').Append((char)rune);
            return;
        }

        if (IsPrint(rune))
        {
            sb.Append(new System.Text.Rune(rune).ToString());
            return;
        }

        switch (rune)
        {
            case '\a': sb.Append(@"\a"); return;
            case '\b': sb.Append(@"\b"); return;
            case '\f': sb.Append(@"\f"); return;
            case '\n': sb.Append(@"\n"); return;
            case '\r': sb.Append(@"\r"); return;
            case '\t': sb.Append(@"\t"); return;
            case '\v': sb.Append(@"\v"); return;
        }

        if (rune < ' ' || rune == 0x7F)
        {
            AppendHexByte(sb, (byte)rune);
        }
        else if (rune < 0x10000)
        {
            sb.Append(@"\u").Append(rune.ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append(@"\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
        }
    }

    private static void AppendInvalidUnit(StringBuilder sb, char surrogate)
    {
        AppendHexByte(sb, (byte)(0xE0 | (surrogate >> 12)));
        AppendHexByte(sb, (byte)(0x80 | ((surrogate >> 6) & 0x3F)));
        AppendHexByte(sb, (byte)(0x80 | (surrogate & 0x3F)));
    }

    private static void AppendHexByte(StringBuilder sb, byte b) =>
        sb.Append(@"\x").Append(LowerHex[b >> 4]).Append(LowerHex[b & 0xF]);
}
