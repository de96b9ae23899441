namespace LogMetrics.Go;

/// <summary>
/// Go's <c>strconv</c> number parsing and formatting. mtail's <c>strtol</c>, <c>int()</c>, <c>float()</c>,
/// string concatenation and exposition all go through these, and their error texts are runtime errors.
/// </summary>
public static partial class GoStrconv
{
    /// <summary>
    /// Go's <c>strconv.ParseInt(s, base, 64)</c>. Base 0 reads a <c>0b</c>/<c>0o</c>/<c>0x</c>/<c>0</c> prefix and
    /// allows <c>_</c> separators; bases 2..36 allow neither. Errors read
    /// <c>strconv.ParseInt: parsing "x": invalid syntax</c>, <c>… value out of range</c> or <c>… invalid base N</c>;
    /// on overflow the value is clamped to the int64 limit, as Go returns it.
    /// </summary>
    public static bool TryParseInt(ReadOnlySpan<char> s, int @base, out long value, out string? error)
    {
        var status = ParseInt(s, @base, out value);
        error = status switch
        {
            NumberStatus.Ok => null,
            NumberStatus.Range => NumError("ParseInt", s, "value out of range"),
            NumberStatus.Base => NumError("ParseInt", s, "invalid base " + @base.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => NumError("ParseInt", s, "invalid syntax"),
        };
        return status == NumberStatus.Ok;
    }

    /// <summary>
    /// <see cref="TryParseInt"/> without the error text: what went wrong, for callers that word it themselves
    /// (Go's flag package). On overflow <paramref name="value"/> is clamped to the int64 limit, as Go returns it.
    /// </summary>
    internal static NumberStatus ParseInt(ReadOnlySpan<char> s, int @base, out long value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return NumberStatus.Syntax;
        }

        var negative = s[0] == '-';
        var digits = s[0] is '+' or '-' ? s[1..] : s;
        var status = ParseUnsigned(digits, @base, out var magnitude);
        if (status is NumberStatus.Syntax or NumberStatus.Base)
        {
            return status;
        }

        // A range failure from the unsigned parse leaves magnitude at ulong.MaxValue, so it lands here too.
        const ulong cutoff = 1UL << 63;
        if (!negative && magnitude >= cutoff)
        {
            value = long.MaxValue;
            return NumberStatus.Range;
        }

        if (negative && magnitude > cutoff)
        {
            value = long.MinValue;
            return NumberStatus.Range;
        }

        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return NumberStatus.Ok;
    }

    internal enum NumberStatus
    {
        Ok,
        Syntax,
        Range,
        Base,
    }

    // Go's ParseUint(s, base, 64) without the error text: ParseInt reports under its own name.
    private static NumberStatus ParseUnsigned(ReadOnlySpan<char> s, int @base, out ulong value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return NumberStatus.Syntax;
        }

        var original = s;
        var baseFromPrefix = @base == 0;
        if (baseFromPrefix)
        {
            @base = 10;
            if (s[0] == '0')
            {
                var marker = s.Length >= 3 ? Lower(s[1]) : '\0';
                @base = marker switch
                {
                    'b' => 2,
                    'o' => 8,
                    'x' => 16,
                    _ => 8,
                };
                s = s[(@base == 8 && marker != 'o' ? 1 : 2)..];
            }
        }
        else if (@base is < 2 or > 36)
        {
            return NumberStatus.Base;
        }

        // Smallest n for which n * base overflows 64 bits.
        var cutoff = (ulong.MaxValue / (ulong)@base) + 1;
        var underscores = false;
        ulong n = 0;
        foreach (var c in s)
        {
            int digit;
            if (c == '_' && baseFromPrefix)
            {
                underscores = true;
                continue;
            }
            else if (c is >= '0' and <= '9')
            {
                digit = c - '0';
            }
            else if (Lower(c) is >= 'a' and <= 'z')
            {
                digit = Lower(c) - 'a' + 10;
            }
            else
            {
                return NumberStatus.Syntax;
            }

            if (digit >= @base)
            {
                return NumberStatus.Syntax;
            }

            if (n >= cutoff)
            {
                value = ulong.MaxValue;
                return NumberStatus.Range;
            }

            n *= (ulong)@base;
            var next = n + (ulong)digit;
            if (next < n)
            {
                value = ulong.MaxValue;
                return NumberStatus.Range;
            }

            n = next;
        }

        if (underscores && !UnderscoreOk(original))
        {
            return NumberStatus.Syntax;
        }

        value = n;
        return NumberStatus.Ok;
    }

    // Go's rule for '_' in number literals: only between digits, or between a base prefix and a digit.
    private static bool UnderscoreOk(ReadOnlySpan<char> s)
    {
        // What the previous character was: '^' start, '0' digit or prefix, '_' underscore, '!' other.
        var saw = '^';
        var i = 0;
        if (s.Length >= 1 && (s[0] == '-' || s[0] == '+'))
        {
            s = s[1..];
        }

        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && Lower(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = Lower(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9' || (hex && Lower(c) is >= 'a' and <= 'f'))
            {
                saw = '0';
                continue;
            }

            if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
                continue;
            }

            if (saw == '_')
            {
                return false;
            }

            saw = '!';
        }

        return saw != '_';
    }

    // ASCII-only lower-casing as Go's strconv does ('a'-'A' is one bit); other characters pass through.
    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    private static string NumError(string function, ReadOnlySpan<char> input, string reason) =>
        "strconv." + function + ": parsing " + GoQuote.String(input.ToString()) + ": " + reason;
}
