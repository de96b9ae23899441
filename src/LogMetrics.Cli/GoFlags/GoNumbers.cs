using LogMetrics.Go;
namespace LogMetrics.Cli.GoFlags;

/// <summary>Why a Go <c>strconv</c> number parse failed.</summary>
public enum GoNumberError
{
    None,
    Syntax,
    Range,
}

/// <summary>
/// The <c>strconv</c> functions Go's <c>flag</c> package and glog rely on, with their exact acceptance rules
/// (base prefixes, underscores, 64-bit range), so that logmetrics accepts and rejects the same flag values as mtail.
/// </summary>
public static class GoNumbers
{
    /// <summary><c>strconv.ParseBool</c>.</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary><c>strconv.ParseInt(text, 0, 64)</c>: what <c>flag.Int</c> uses (0x, 0o, 0b, leading-0 octal, underscores).</summary>
    public static GoNumberError ParseInt(string text, out long value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        if (text.Length == 0)
        {
            return GoNumberError.Syntax;
        }

        var negative = text[0] == '-';
        var unsigned = text[0] is '+' or '-' ? text[1..] : text;
        var error = ParseUnsignedBase0(unsigned, out var magnitude);
        if (error != GoNumberError.None)
        {
            return error;
        }

        const ulong cutoff = 1UL << 63;
        if ((!negative && magnitude >= cutoff) || (negative && magnitude > cutoff))
        {
            return GoNumberError.Range;
        }

        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return GoNumberError.None;
    }

    /// <summary><c>strconv.Atoi</c>: base 10 only, optional sign, no underscores.</summary>
    public static GoNumberError Atoi(string text, out long value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        var digits = text.Length > 0 && text[0] is '+' or '-' ? text.AsSpan(1) : text.AsSpan();
        if (digits.IsEmpty)
        {
            return GoNumberError.Syntax;
        }

        ulong magnitude = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return GoNumberError.Syntax;
            }

            if (magnitude >= (ulong.MaxValue / 10) + 1)
            {
                return GoNumberError.Range;
            }

            var next = (magnitude * 10) + (ulong)(c - '0');
            if (next < magnitude * 10)
            {
                return GoNumberError.Range;
            }

            magnitude = next;
        }

        var negative = text[0] == '-';
        if ((!negative && magnitude >= 1UL << 63) || (negative && magnitude > 1UL << 63))
        {
            return GoNumberError.Range;
        }

        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return GoNumberError.None;
    }

    /// <summary>Go's wording of a <c>strconv.Atoi</c> failure, as glog's flags print it.</summary>
    public static string AtoiMessage(string text, GoNumberError error) =>
        $"strconv.Atoi: parsing {GoQuote.String(text)}: {(error == GoNumberError.Range ? "value out of range" : "invalid syntax")}";

    private static GoNumberError ParseUnsignedBase0(string s, out ulong value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return GoNumberError.Syntax;
        }

        var (numberBase, digits) = SplitBasePrefix(s);
        var sawUnderscore = false;
        var cutoff = (ulong.MaxValue / numberBase) + 1;
        foreach (var c in digits)
        {
            if (c == '_')
            {
                sawUnderscore = true;
                continue;
            }

            var digit = DigitValue(c);
            if (digit >= numberBase)
            {
                return GoNumberError.Syntax;
            }

            if (value >= cutoff)
            {
                return GoNumberError.Range;
            }

            value *= numberBase;
            var next = value + digit;
            if (next < value)
            {
                return GoNumberError.Range;
            }

            value = next;
        }

        return sawUnderscore && !UnderscoresAreWellPlaced(s) ? GoNumberError.Syntax : GoNumberError.None;
    }

    private static (uint Base, string Digits) SplitBasePrefix(string s)
    {
        if (s[0] != '0' || s.Length == 1)
        {
            return (10, s);
        }

        if (s.Length >= 3)
        {
            switch (char.ToLowerInvariant(s[1]))
            {
                case 'b':
                    return (2, s[2..]);
                case 'o':
                    return (8, s[2..]);
                case 'x':
                    return (16, s[2..]);
            }
        }

        return (8, s[1..]);
    }

    private static uint DigitValue(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return c switch
        {
            >= '0' and <= '9' => (uint)(c - '0'),
            _ when lower is >= 'a' and <= 'z' => (uint)(lower - 'a' + 10),
            _ => uint.MaxValue,
        };
    }

    // Go allows underscores only between digits (or right after a base prefix).
    private static bool UnderscoresAreWellPlaced(string s)
    {
        var previous = '^';
        var i = 0;
        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            previous = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9' || (hex && char.ToLowerInvariant(c) is >= 'a' and <= 'f'))
            {
                previous = '0';
            }
            else if (c == '_')
            {
                if (previous != '0')
                {
                    return false;
                }

                previous = '_';
            }
            else
            {
                if (previous == '_')
                {
                    return false;
                }

                previous = '!';
            }
        }

        return previous != '_';
    }
}
