namespace LogMetrics.Cli.GoFlags;

/// <summary>
/// Go's <c>time.ParseDuration</c>: a signed sequence of decimal numbers with units
/// (<c>ns</c>, <c>us</c>/<c>µs</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>), e.g. <c>250ms</c>, <c>1m30s</c>, <c>1.5h</c>.
/// </summary>
/// <remarks>
/// Kept in this one file on purpose: LogMetrics.Language.Go.GoDuration will replace it.
/// Arithmetic is on unsigned nanoseconds with Go's overflow checks, so the same inputs are rejected.
/// </remarks>
public static class GoDuration
{
    private const ulong Limit = 1UL << 63;

    /// <summary>Parses <paramref name="text"/>; sub-100ns precision is truncated by <see cref="TimeSpan"/>.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (!TryParseNanoseconds(text, out var nanoseconds))
        {
            return false;
        }

        duration = TimeSpan.FromTicks(nanoseconds / TimeSpan.NanosecondsPerTick);
        return true;
    }

    /// <summary>Parses <paramref name="text"/> to whole nanoseconds, exactly as Go does.</summary>
    public static bool TryParseNanoseconds(string text, out long nanoseconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        nanoseconds = 0;
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        // A bare zero is the only number allowed without a unit.
        if (s is "0")
        {
            return true;
        }

        if (s.IsEmpty)
        {
            return false;
        }

        ulong total = 0;
        while (!s.IsEmpty)
        {
            if (!TryParseComponent(ref s, out var component))
            {
                return false;
            }

            total += component;
            if (total > Limit)
            {
                return false;
            }
        }

        if (negative)
        {
            nanoseconds = unchecked(-(long)total);
            return true;
        }

        if (total > Limit - 1)
        {
            return false;
        }

        nanoseconds = (long)total;
        return true;
    }

    private static bool TryParseComponent(ref ReadOnlySpan<char> s, out ulong nanoseconds)
    {
        nanoseconds = 0;
        if (!(s[0] == '.' || IsDigit(s[0])))
        {
            return false;
        }

        var before = s.Length;
        if (!TryLeadingInt(ref s, out var whole))
        {
            return false;
        }

        var hasWhole = before != s.Length;
        var hasFraction = false;
        ulong fraction = 0;
        var scale = 1.0;
        if (!s.IsEmpty && s[0] == '.')
        {
            s = s[1..];
            var afterDot = s.Length;
            LeadingFraction(ref s, out fraction, out scale);
            hasFraction = afterDot != s.Length;
        }

        if (!hasWhole && !hasFraction)
        {
            return false;
        }

        var unitLength = 0;
        while (unitLength < s.Length && s[unitLength] != '.' && !IsDigit(s[unitLength]))
        {
            unitLength++;
        }

        if (unitLength == 0 || !TryUnit(s[..unitLength], out var unit))
        {
            return false;
        }

        s = s[unitLength..];
        if (whole > Limit / unit)
        {
            return false;
        }

        nanoseconds = whole * unit;
        if (fraction > 0)
        {
            // Go converts through float64 here, and so do we, to round identically.
            nanoseconds += (ulong)(fraction * (unit / scale));
            if (nanoseconds > Limit)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryLeadingInt(ref ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (value > Limit / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            if (value > Limit)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    // Digits past what fits are consumed but ignored, as in Go.
    private static void LeadingFraction(ref ReadOnlySpan<char> s, out ulong value, out double scale)
    {
        value = 0;
        scale = 1.0;
        var overflow = false;
        var i = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (value > (Limit - 1) / 10)
            {
                overflow = true;
                continue;
            }

            var next = (value * 10) + (ulong)(s[i] - '0');
            if (next > Limit)
            {
                overflow = true;
                continue;
            }

            value = next;
            scale *= 10;
        }

        s = s[i..];
    }

    private static bool TryUnit(ReadOnlySpan<char> unit, out ulong nanoseconds)
    {
        nanoseconds = unit switch
        {
            "ns" => 1UL,
            "us" or "\u00b5s" or "\u03bcs" => 1_000UL,
            "ms" => 1_000_000UL,
            "s" => 1_000_000_000UL,
            "m" => 60_000_000_000UL,
            "h" => 3_600_000_000_000UL,
            _ => 0UL,
        };
        return nanoseconds != 0;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
