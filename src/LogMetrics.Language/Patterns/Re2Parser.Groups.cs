namespace LogMetrics.Language.Patterns;

/// <summary>Groups, flags, '|' and ')' handling.</summary>
internal sealed partial class Re2Parser
{
    /// <summary>
    /// Parses what follows "(?": a named group (?P&lt;name&gt;, or flags with an optional ':' group.
    /// Go 1.19 knows no other "(?" syntax, so lookarounds, (?&lt;name&gt; and atomic groups fail here.
    /// </summary>
    private int ParsePerlFlags(int start)
    {
        var s = _whole;
        if (s.Length - start > 4 && s[start + 2] == 'P' && s[start + 3] == '<')
        {
            var end = s.IndexOf('>', start);
            if (end < 0)
            {
                CheckUtf16(start, s.Length);
                throw new Re2SyntaxException(Re2SyntaxException.InvalidNamedCapture, s[start..]);
            }

            var name = s[(start + 4)..end];
            CheckUtf16(start + 4, end);
            if (!IsValidCaptureName(name))
            {
                throw Error(Re2SyntaxException.InvalidNamedCapture, start, end + 1);
            }

            _numCap++;
            var paren = Op(Re2Op.LeftParen);
            paren.Cap = _numCap;
            paren.Name = name;
            return end + 1;
        }

        var t = start + 2;
        var flags = _flags;
        var sign = +1;
        var sawFlag = false;
        while (t < s.Length)
        {
            var (c, next) = NextRune(t);
            t = next;
            switch (c)
            {
                case 'i':
                    flags |= Re2Flags.FoldCase;
                    sawFlag = true;
                    continue;
                case 'm':
                    flags &= ~Re2Flags.OneLine;
                    sawFlag = true;
                    continue;
                case 's':
                    flags |= Re2Flags.DotNL;
                    sawFlag = true;
                    continue;
                case 'U':
                    flags |= Re2Flags.NonGreedy;
                    sawFlag = true;
                    continue;
                case '-' when sign > 0:
                    // Invert so that setting a flag below clears it; inverted back at the end.
                    sign = -1;
                    flags = ~flags;
                    sawFlag = false;
                    continue;
                case ':' or ')' when sign > 0 || sawFlag:
                    if (sign < 0)
                    {
                        flags = ~flags;
                    }

                    if (c == ':')
                    {
                        // The group remembers the flags outside it, restored at its ')'.
                        Op(Re2Op.LeftParen);
                    }

                    _flags = flags;
                    return t;
            }

            break;
        }

        throw Error(Re2SyntaxException.InvalidPerlOp, start, t);
    }

    private static bool IsValidCaptureName(string name) =>
        name.Length > 0 && name.All(static c => c == '_' || char.IsAsciiLetterOrDigit(c));

    private void ParseVerticalBar()
    {
        Concat();

        // The just-built concatenation goes below the '|' marker; start one if there is none.
        if (!SwapVerticalBar())
        {
            Op(Re2Op.VerticalBar);
        }
    }

    private void ParseRightParen()
    {
        Concat();
        if (SwapVerticalBar())
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        Alternate();
        var n = _stack.Count;
        if (n < 2)
        {
            throw new Re2SyntaxException(Re2SyntaxException.UnexpectedParen, _whole);
        }

        var re1 = _stack[n - 1];
        var re2 = _stack[n - 2];
        _stack.RemoveRange(n - 2, 2);
        if (re2.Op != Re2Op.LeftParen)
        {
            throw new Re2SyntaxException(Re2SyntaxException.UnexpectedParen, _whole);
        }

        _flags = re2.Flags;
        if (re2.Cap == 0)
        {
            Push(re1);
        }
        else
        {
            re2.Op = Re2Op.Capture;
            re2.Subs = [re1];
            Push(re2);
        }
    }
}
