namespace LogMetrics.Go;

/// <summary>
/// Go's <c>time.ParseDuration</c> and <c>time.Duration.String</c>, on int64 nanoseconds.
/// mtail's duration literals (<c>del … after 24h</c>) go through ParseDuration, and its error text
/// is a compile diagnostic, so both the accepted grammar and the messages follow Go exactly.
/// </summary>
public static class GoDuration
{
    private const ulong Nanosecond = 1;
    private const ulong Microsecond = 1000 * Nanosecond;
    private const ulong Millisecond = 1000 * Microsecond;
    private const ulong Second = 1000 * Millisecond;
    private const ulong Minute = 60 * Second;
    private const ulong Hour = 60 * Minute;

    // 1<<63: the magnitude of the most negative duration; anything above it cannot be represented.
    private const ulong SignBit = 1UL << 63;

    /// <summary>
    /// Parses <c>[-+]?([0-9]*(\.[0-9]*)?unit)+</c> with units ns, us, µs (U+00B5), μs (U+03BC), ms, s, m, h.
    /// On failure returns false with Go's error text, e.g. <c>time: unknown unit "d" in duration "1d"</c>.
    /// </summary>
    public static bool TryParse(string s, out long nanoseconds, out string? error)
    {
        ArgumentNullException.ThrowIfNull(s);
        nanoseconds = 0;
        error = null;
        var rest = s.AsSpan();
        var negative = false;
        if (rest.Length > 0 && (rest[0] == '-' || rest[0] == '+'))
        {
            negative = rest[0] == '-';
            rest = rest[1..];
        }

        // Go special-cases a bare "0" (optionally signed) as the only unit-less duration.
        if (rest is "0")
        {
            return true;
        }

        if (rest.IsEmpty)
        {
            return Invalid(s, out error);
        }

        ulong total = 0;
        while (!rest.IsEmpty)
        {
            if (!(rest[0] == '.' || IsDigit(rest[0])))
            {
                return Invalid(s, out error);
            }

            var before = rest.Length;
            if (!TryLeadingInt(ref rest, out var whole))
            {
                return Invalid(s, out error);
            }

            var sawWhole = before != rest.Length;
            ulong fraction = 0;
            var scale = 1.0;
            var sawFraction = false;
            if (!rest.IsEmpty && rest[0] == '.')
            {
                rest = rest[1..];
                before = rest.Length;
                LeadingFraction(ref rest, out fraction, out scale);
                sawFraction = before != rest.Length;
            }

            if (!sawWhole && !sawFraction)
            {
                return Invalid(s, out error);
            }

            var unitLength = 0;
            while (unitLength < rest.Length && rest[unitLength] != '.' && !IsDigit(rest[unitLength]))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                error = "time: missing unit in duration " + GoQuote.TimeString(s);
                return false;
            }

            var unitText = rest[..unitLength];
            rest = rest[unitLength..];
            var unit = UnitOf(unitText);
            if (unit == 0)
            {
                error = "time: unknown unit " + GoQuote.TimeString(unitText) + " in duration " + GoQuote.TimeString(s);
                return false;
            }

            if (whole > SignBit / unit)
            {
                return Invalid(s, out error);
            }

            whole *= unit;
            if (fraction > 0)
            {
                // Go computes the fractional part in float64 and truncates; keep that rounding.
                whole += (ulong)(fraction * (unit / scale));
                if (whole > SignBit)
                {
                    return Invalid(s, out error);
                }
            }

            total += whole;
            if (total > SignBit)
            {
                return Invalid(s, out error);
            }
        }

        if (negative)
        {
            nanoseconds = unchecked(-(long)total);
            return true;
        }

        if (total > long.MaxValue)
        {
            return Invalid(s, out error);
        }

        nanoseconds = (long)total;
        return true;
    }

    /// <summary>Go's <c>Duration.String()</c>: <c>1h30m0s</c>, <c>1.5s</c>, <c>2ms</c>, <c>1µs</c>, <c>0s</c>.</summary>
    public static string Format(long nanoseconds)
    {
        Span<char> buffer = stackalloc char[32];
        var w = buffer.Length;
        var negative = nanoseconds < 0;
        var u = negative ? unchecked((ulong)-nanoseconds) : (ulong)nanoseconds;
        if (u < Second)
        {
            // Below a second Go picks the largest sub-second unit and prints a fraction of it.
            buffer[--w] = 's';
            int precision;
            if (u == 0)
            {
                return "0s";
            }
            else if (u < Microsecond)
            {
                precision = 0;
                buffer[--w] = 'n';
            }
            else if (u < Millisecond)
            {
                precision = 3;
                buffer[--w] = '\u00B5';
            }
            else
            {
                precision = 6;
                buffer[--w] = 'm';
            }

            u = WriteFraction(buffer, ref w, u, precision);
            WriteInt(buffer, ref w, u);
        }
        else
        {
            buffer[--w] = 's';
            u = WriteFraction(buffer, ref w, u, 9);
            WriteInt(buffer, ref w, u % 60);
            u /= 60;
            if (u > 0)
            {
                buffer[--w] = 'm';
                WriteInt(buffer, ref w, u % 60);
                u /= 60;

                // Go stops at hours: days are not a fixed length.
                if (u > 0)
                {
                    buffer[--w] = 'h';
                    WriteInt(buffer, ref w, u);
                }
            }
        }

        if (negative)
        {
            buffer[--w] = '-';
        }

        return new string(buffer[w..]);
    }

    private static bool Invalid(string s, out string error)
    {
        error = "time: invalid duration " + GoQuote.TimeString(s);
        return false;
    }

    private static ulong UnitOf(ReadOnlySpan<char> unit) => unit switch
    {
        "ns" => Nanosecond,
        "us" or "\u00B5s" or "\u03BCs" => Microsecond,
        "ms" => Millisecond,
        "s" => Second,
        "m" => Minute,
        "h" => Hour,
        _ => 0,
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // Consumes [0-9]*; fails on values beyond 1<<63 as Go's leadingInt does.
    internal static bool TryLeadingInt(ref ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (value > SignBit / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            if (value > SignBit)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    // Consumes [0-9]* after a decimal point; digits beyond int64 precision are read but ignored.
    private static void LeadingFraction(ref ReadOnlySpan<char> s, out ulong value, out double scale)
    {
        value = 0;
        scale = 1;
        var overflow = false;
        var i = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (value > long.MaxValue / 10)
            {
                overflow = true;
                continue;
            }

            var next = (value * 10) + (ulong)(s[i] - '0');
            if (next > SignBit)
            {
                overflow = true;
                continue;
            }

            value = next;
            scale *= 10;
        }

        s = s[i..];
    }

    // Writes v % 10^precision as ".ddd" without trailing zeros (nothing if zero); returns v / 10^precision.
    private static ulong WriteFraction(Span<char> buffer, ref int w, ulong v, int precision)
    {
        var print = false;
        for (var i = 0; i < precision; i++)
        {
            var digit = v % 10;
            print = print || digit != 0;
            if (print)
            {
                buffer[--w] = (char)('0' + digit);
            }

            v /= 10;
        }

        if (print)
        {
            buffer[--w] = '.';
        }

        return v;
    }

    private static void WriteInt(Span<char> buffer, ref int w, ulong v)
    {
        do
        {
            buffer[--w] = (char)('0' + (v % 10));
            v /= 10;
        }
        while (v > 0);
    }
}
