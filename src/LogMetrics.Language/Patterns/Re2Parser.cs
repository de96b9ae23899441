namespace LogMetrics.Language.Patterns;

/// <summary>
/// Parser for Go's RE2 syntax with the flags mtail uses (syntax.Perl). It follows the structure
/// of Go 1.19's regexp/syntax parser (an operand stack with '(' and '|' markers, literal merging,
/// alternation factoring) because both the accepted language and, for capture typing, the exact
/// tree shape have to match Go. Errors carry Go's error code and offending fragment.
/// Positions are UTF-16 indexes into the pattern; code points are decoded as Go decodes UTF-8.
/// </summary>
internal sealed partial class Re2Parser
{
    private const int MaxRepeat = 1000;

    private readonly string _whole;
    private readonly List<Re2Node> _stack = [];
    private Re2Flags _flags = Re2Flags.Perl;
    private int _numCap;

    private Re2Parser(string pattern)
    {
        _whole = pattern;
    }

    /// <summary>Parses the pattern or throws <see cref="Re2SyntaxException"/>.</summary>
    public static Re2Node Parse(string pattern) => new Re2Parser(pattern).Run();

    private Re2Node Run()
    {
        var s = _whole;
        var t = 0;
        var lastRepeat = -1;
        while (t < s.Length)
        {
            var repeat = -1;
            switch (s[t])
            {
                case '(':
                    if (t + 1 < s.Length && s[t + 1] == '?')
                    {
                        t = ParsePerlFlags(t);
                        break;
                    }

                    _numCap++;
                    Op(Re2Op.LeftParen).Cap = _numCap;
                    t++;
                    break;
                case '|':
                    ParseVerticalBar();
                    t++;
                    break;
                case ')':
                    ParseRightParen();
                    t++;
                    break;
                case '^':
                    Op(Has(Re2Flags.OneLine) ? Re2Op.BeginText : Re2Op.BeginLine);
                    t++;
                    break;
                case '$':
                    if (Has(Re2Flags.OneLine))
                    {
                        Op(Re2Op.EndText).Flags |= Re2Flags.WasDollar;
                    }
                    else
                    {
                        Op(Re2Op.EndLine);
                    }

                    t++;
                    break;
                case '.':
                    Op(Has(Re2Flags.DotNL) ? Re2Op.AnyChar : Re2Op.AnyCharNotNL);
                    t++;
                    break;
                case '[':
                    t = ParseClass(t);
                    break;
                case '*' or '+' or '?':
                    {
                        var op = s[t] switch { '*' => Re2Op.Star, '+' => Re2Op.Plus, _ => Re2Op.Quest };
                        var before = t;
                        t = Repeat(op, 0, 0, before, t + 1, lastRepeat);
                        repeat = before;
                        break;
                    }

                case '{':
                    {
                        var before = t;
                        if (!TryParseRepeat(t, out var min, out var max, out var after))
                        {
                            // Not a valid counted repetition: '{' is then an ordinary literal.
                            Literal('{');
                            t++;
                            break;
                        }

                        if (min < 0 || min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
                        {
                            throw Error(Re2SyntaxException.InvalidRepeatSize, before, after);
                        }

                        t = Repeat(Re2Op.Repeat, min, max, before, after, lastRepeat);
                        repeat = before;
                        break;
                    }

                case '\\':
                    t = ParseBackslash(t);
                    break;
                default:
                    {
                        var (c, next) = NextRune(t);
                        Literal(c);
                        t = next;
                        break;
                    }
            }

            lastRepeat = repeat;
        }

        Concat();
        if (SwapVerticalBar())
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        Alternate();
        if (_stack.Count != 1)
        {
            throw new Re2SyntaxException(Re2SyntaxException.MissingParen, s);
        }

        return _stack[0];
    }

    /// <summary>Handles a backslash outside a class: assertions, \Q..\E, classes, then plain escapes.</summary>
    private int ParseBackslash(int t)
    {
        var s = _whole;
        if (t + 1 < s.Length)
        {
            switch (s[t + 1])
            {
                case 'A':
                    Op(Re2Op.BeginText);
                    return t + 2;
                case 'b':
                    Op(Re2Op.WordBoundary);
                    return t + 2;
                case 'B':
                    Op(Re2Op.NoWordBoundary);
                    return t + 2;
                case 'C':
                    // \C (any byte) cannot be supported on runes.
                    throw Error(Re2SyntaxException.InvalidEscape, t, t + 2);
                case 'Q':
                    {
                        var end = s.IndexOf(@"\E", t + 2, StringComparison.Ordinal);
                        var litEnd = end < 0 ? s.Length : end;
                        for (var i = t + 2; i < litEnd;)
                        {
                            var (c, next) = NextRune(i, litEnd);
                            Literal(c);
                            i = next;
                        }

                        return end < 0 ? s.Length : end + 2;
                    }

                case 'z':
                    Op(Re2Op.EndText);
                    return t + 2;
            }
        }

        if (t + 1 < s.Length && s[t + 1] is 'p' or 'P')
        {
            var unicode = new List<int>();
            var rest = ParseUnicodeClass(t, unicode);
            if (rest >= 0)
            {
                PushClass(unicode);
                return rest;
            }
        }

        var perl = new List<int>();
        var afterPerl = ParsePerlClassEscape(t, perl);
        if (afterPerl >= 0)
        {
            PushClass(perl);
            return afterPerl;
        }

        var (r, after) = ParseEscape(t);
        Literal(r);
        return after;
    }

    private void PushClass(List<int> ranges)
    {
        var re = NewNode(Re2Op.CharClass, _flags);
        re.Runes = ranges;
        Push(re);
    }

    private bool Has(Re2Flags flag) => (_flags & flag) != 0;

    private Re2SyntaxException Error(string code, int from, int to) =>
        new(code, _whole[from..Math.Min(to, _whole.Length)]);

    /// <summary>
    /// Decodes the code point at i (before <paramref name="end"/>). Like Go's decoder at the end
    /// of input it yields U+FFFD without consuming; an unpaired surrogate is the UTF-16 analogue
    /// of invalid UTF-8 and reports the rest of the text, as Go does.
    /// </summary>
    private (int Rune, int Next) NextRune(int i, int end = -1)
    {
        if (end < 0)
        {
            end = _whole.Length;
        }

        if (i >= end)
        {
            return (0xFFFD, i);
        }

        var c = _whole[i];
        if (!char.IsSurrogate(c))
        {
            return (c, i + 1);
        }

        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(_whole[i + 1]))
        {
            return (char.ConvertToUtf32(c, _whole[i + 1]), i + 2);
        }

        throw new Re2SyntaxException(Re2SyntaxException.InvalidUtf8, _whole[i..end]);
    }

    /// <summary>Go's checkUTF8: fails on the first unpaired surrogate, reporting from there on.</summary>
    private void CheckUtf16(int from, int to)
    {
        for (var i = from; i < to;)
        {
            i = NextRune(i, to).Next;
        }
    }
}
