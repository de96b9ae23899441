namespace LogMetrics.Go;

public sealed partial class GoTimeLayout
{
    private static bool IsDigit(ReadOnlySpan<char> s, int i) => i < s.Length && s[i] is >= '0' and <= '9';

    // Go's getnum: one or two digits (exactly two when fixed).
    private static bool GetNum(ref ReadOnlySpan<char> s, bool fixedWidth, out int value)
    {
        value = 0;
        if (!IsDigit(s, 0))
        {
            return false;
        }

        if (!IsDigit(s, 1))
        {
            if (fixedWidth)
            {
                return false;
            }

            value = s[0] - '0';
            s = s[1..];
            return true;
        }

        value = ((s[0] - '0') * 10) + (s[1] - '0');
        s = s[2..];
        return true;
    }

    // Go's getnum3: one to three digits (exactly three when fixed).
    private static bool GetNum3(ref ReadOnlySpan<char> s, bool fixedWidth, out int value)
    {
        value = 0;
        var i = 0;
        var n = 0;
        for (; i < 3 && IsDigit(s, i); i++)
        {
            n = (n * 10) + (s[i] - '0');
        }

        if (i == 0 || (fixedWidth && i != 3))
        {
            return false;
        }

        value = n;
        s = s[i..];
        return true;
    }

    // Go's time-package atoi: optional sign, then digits only. "+12" is 12, which layouts like "06" accept.
    private static bool Atoi(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        var negative = false;
        if (!s.IsEmpty && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        var rest = s;
        if (!GoDuration.TryLeadingInt(ref rest, out var magnitude) || !rest.IsEmpty || magnitude > int.MaxValue)
        {
            return false;
        }

        value = negative ? -(int)magnitude : (int)magnitude;
        return true;
    }

    // Go's lookup: the first table entry that prefixes the value, ignoring ASCII case.
    private static bool Lookup(string[] table, ref ReadOnlySpan<char> value, out int index)
    {
        for (var i = 0; i < table.Length; i++)
        {
            var name = table[i];
            if (value.Length >= name.Length && value[..name.Length].Equals(name, StringComparison.OrdinalIgnoreCase)
                && IsAsciiCaseMatch(value[..name.Length], name))
            {
                value = value[name.Length..];
                index = i;
                return true;
            }
        }

        index = -1;
        return false;
    }

    // Ordinal-ignore-case also folds non-ASCII letters; Go folds ASCII letters only.
    private static bool IsAsciiCaseMatch(ReadOnlySpan<char> a, string b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && (a[i] | 0x20) is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    // Go's parseNanoseconds: a separator then digits (at most nine used), scaled to nanoseconds.
    private static bool ParseNanoseconds(ReadOnlySpan<char> value, int length, out int nanoseconds, out string? rangeError)
    {
        nanoseconds = 0;
        rangeError = null;
        if (value[0] is not ('.' or ','))
        {
            return false;
        }

        length = Math.Min(length, 10);
        if (!Atoi(value[1..length], out var ns))
        {
            return false;
        }

        if (ns < 0)
        {
            rangeError = "fractional second";
            return true;
        }

        for (var i = 0; i < 10 - length; i++)
        {
            ns *= 10;
        }

        nanoseconds = ns;
        return true;
    }

    // Go's parseTimeZone: how many characters of the value look like a zone abbreviation (0 if none).
    private static int ZoneNameLength(ReadOnlySpan<char> value)
    {
        if (value.Length < 3)
        {
            return 0;
        }

        // ChST and MeST are the only abbreviations with a lower-case letter.
        if (value.StartsWith("ChST", StringComparison.Ordinal) || value.StartsWith("MeST", StringComparison.Ordinal))
        {
            return 4;
        }

        if (value.StartsWith("GMT", StringComparison.Ordinal))
        {
            return value.Length == 3 ? 3 : 3 + SignedOffsetLength(value[3..]);
        }

        // Some zones are unnamed and written as +hh / -hh.
        if (value[0] is '+' or '-')
        {
            return SignedOffsetLength(value);
        }

        var upper = 0;
        while (upper < 6 && upper < value.Length && value[upper] is >= 'A' and <= 'Z')
        {
            upper++;
        }

        return upper switch
        {
            3 => 3,
            4 when value[3] == 'T' || value.StartsWith("WITA", StringComparison.Ordinal) => 4,
            5 when value[4] == 'T' => 5,
            _ => 0,
        };
    }

    // A sign and a number from 0 to 23; the length consumed, or 0.
    private static int SignedOffsetLength(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value[0] is not ('+' or '-'))
        {
            return 0;
        }

        var rest = value[1..];
        if (!GoDuration.TryLeadingInt(ref rest, out var hours) || rest.Length == value.Length - 1 || hours > 23)
        {
            return 0;
        }

        return value.Length - rest.Length;
    }
}
