namespace LogMetrics.Language.Patterns;

/// <summary>Bracket classes, escapes, and the Perl, POSIX and Unicode named classes.</summary>
internal sealed partial class Re2Parser
{
    /// <summary>Parses [...] starting at t and pushes it; returns the position after ']'.</summary>
    private int ParseClass(int start)
    {
        var s = _whole;
        var t = start + 1;
        var negated = false;
        if (t < s.Length && s[t] == '^')
        {
            // syntax.Perl sets ClassNL, so a negated class may match '\n' (Go then adds nothing here).
            negated = true;
            t++;
        }

        var fold = Has(Re2Flags.FoldCase);
        var cls = new List<int>();
        var first = true; // ']' is a literal when first.
        while (t >= s.Length || s[t] != ']' || first)
        {
            first = false;
            if (s.Length - t > 2 && s[t] == '[' && s[t + 1] == ':')
            {
                var afterNamed = ParseNamedClass(t, cls);
                if (afterNamed >= 0)
                {
                    t = afterNamed;
                    continue;
                }
            }

            var afterUnicode = ParseUnicodeClass(t, cls);
            if (afterUnicode >= 0)
            {
                t = afterUnicode;
                continue;
            }

            var afterPerl = ParsePerlClassEscape(t, cls);
            if (afterPerl >= 0)
            {
                t = afterPerl;
                continue;
            }

            var rangeStart = t;
            (var lo, t) = ParseClassChar(t, start);
            var hi = lo;

            // [a-] means a or '-': only a '-' not followed by ']' makes a range.
            if (s.Length - t >= 2 && s[t] == '-' && s[t + 1] != ']')
            {
                (hi, t) = ParseClassChar(t + 1, start);
                if (hi < lo)
                {
                    throw Error(Re2SyntaxException.InvalidCharRange, rangeStart, t);
                }
            }

            if (fold)
            {
                RuneRanges.AppendFoldedRange(cls, lo, hi);
            }
            else
            {
                RuneRanges.AppendRange(cls, lo, hi);
            }
        }

        cls = RuneRanges.Clean(cls);
        if (negated)
        {
            cls = RuneRanges.Negate(cls);
        }

        PushClass(cls);
        return t + 1;
    }

    private (int Rune, int Next) ParseClassChar(int t, int classStart)
    {
        if (t >= _whole.Length)
        {
            throw new Re2SyntaxException(Re2SyntaxException.MissingBracket, _whole[classStart..]);
        }

        return _whole[t] == '\\' ? ParseEscape(t) : NextRune(t);
    }

    /// <summary>Parses a single-rune escape (\n, \x41, \x{263a}, \123, \.) at t.</summary>
    private (int Rune, int Next) ParseEscape(int start)
    {
        var s = _whole;
        var t = start + 1;
        if (t >= s.Length)
        {
            throw new Re2SyntaxException(Re2SyntaxException.TrailingBackslash, string.Empty);
        }

        (var c, t) = NextRune(t);
        switch (c)
        {
            case >= '1' and <= '7' when t >= s.Length || s[t] < '0' || s[t] > '7':
                // A lone non-zero digit is a backreference, which RE2 does not support.
                break;
            case >= '0' and <= '7':
                {
                    var r = c - '0';
                    for (var i = 1; i < 3 && t < s.Length && s[t] >= '0' && s[t] <= '7'; i++, t++)
                    {
                        r = (r * 8) + (s[t] - '0');
                    }

                    return (r, t);
                }

            case 'x':
                {
                    if (t >= s.Length)
                    {
                        break;
                    }

                    (c, t) = NextRune(t);
                    if (c == '{')
                    {
                        var value = ParseBracedHex(ref t);
                        if (value < 0)
                        {
                            break;
                        }

                        return (value, t);
                    }

                    var x = Unhex(c);
                    (c, t) = NextRune(t);
                    var y = Unhex(c);
                    if (x < 0 || y < 0)
                    {
                        break;
                    }

                    return ((x * 16) + y, t);
                }

            case 'a':
                return ('\a', t);
            case 'f':
                return ('\f', t);
            case 'n':
                return ('\n', t);
            case 'r':
                return ('\r', t);
            case 't':
                return ('\t', t);
            case 'v':
                return ('\v', t);
            default:
                if (c < 0x80 && !char.IsAsciiLetterOrDigit((char)c))
                {
                    // Escaped punctuation is itself; escaped letters must be known escapes.
                    return (c, t);
                }

                break;
        }

        throw Error(Re2SyntaxException.InvalidEscape, start, t);
    }

    /// <summary>Reads hex digits up to '}'; -1 (with t where reading stopped) when invalid.</summary>
    private int ParseBracedHex(ref int t)
    {
        var digits = 0;
        var r = 0;
        while (true)
        {
            if (t >= _whole.Length)
            {
                return -1;
            }

            (var c, t) = NextRune(t);
            if (c == '}')
            {
                return digits == 0 ? -1 : r;
            }

            var v = Unhex(c);
            if (v < 0)
            {
                return -1;
            }

            r = (r * 16) + v;
            if (r > RuneRanges.MaxRune)
            {
                return -1;
            }

            digits++;
        }
    }

    private static int Unhex(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>\d \D \s \S \w \W at t: appends to r and returns the next position, else -1.</summary>
    private int ParsePerlClassEscape(int t, List<int> r)
    {
        if (_whole.Length - t < 2 || _whole[t] != '\\'
            || !PerlClasses.TryGetPerl(_whole.Substring(t, 2), out var sign, out var ranges))
        {
            return -1;
        }

        AppendGroup(r, sign, ranges);
        return t + 2;
    }

    /// <summary>[:alpha:] or [:^alpha:] at t; -1 when there is no ":]"; unknown names are errors.</summary>
    private int ParseNamedClass(int t, List<int> r)
    {
        var close = _whole.IndexOf(":]", t + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            return -1;
        }

        var item = _whole[t..(close + 2)];
        if (!PerlClasses.TryGetPosix(item, out var sign, out var ranges))
        {
            throw new Re2SyntaxException(Re2SyntaxException.InvalidCharRange, item);
        }

        AppendGroup(r, sign, ranges);
        return close + 2;
    }

    /// <summary>Appends a Perl/POSIX class; under (?i) its case variants are added before negating.</summary>
    private void AppendGroup(List<int> r, int sign, List<int> ranges)
    {
        var cls = ranges;
        if (Has(Re2Flags.FoldCase))
        {
            cls = [];
            RuneRanges.AppendFoldedClass(cls, ranges);
            cls = RuneRanges.Clean(cls);
        }

        if (sign < 0)
        {
            RuneRanges.AppendNegatedClass(r, cls);
        }
        else
        {
            RuneRanges.AppendClass(r, cls);
        }
    }

    /// <summary>\pL, \p{Greek}, \PL, \p{^Greek} at t: appends and returns the next position, else -1.</summary>
    private int ParseUnicodeClass(int t, List<int> r)
    {
        var s = _whole;
        if (s.Length - t < 2 || s[t] != '\\' || (s[t + 1] != 'p' && s[t + 1] != 'P'))
        {
            return -1;
        }

        var sign = s[t + 1] == 'P' ? -1 : +1;
        var (c, next) = NextRune(t + 2);
        string seq, name;
        if (c != '{')
        {
            seq = s[t..next];
            name = s[(t + 2)..next];
        }
        else
        {
            var end = s.IndexOf('}', t);
            if (end < 0)
            {
                CheckUtf16(t, s.Length);
                throw new Re2SyntaxException(Re2SyntaxException.InvalidCharRange, s[t..]);
            }

            seq = s[t..(end + 1)];
            name = s[(t + 3)..end];
            CheckUtf16(t + 3, end);
            next = end + 1;
        }

        if (name.StartsWith('^'))
        {
            sign = -sign;
            name = name[1..];
        }

        var table = UnicodeTables.Find(name) ?? throw new Re2SyntaxException(Re2SyntaxException.InvalidCharRange, seq);
        AppendGroup(r, sign, table);
        return next;
    }
}
