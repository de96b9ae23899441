namespace LogMetrics.Language.Patterns;

/// <summary>Operand-stack manipulation: pushing, literal merging, concatenation, alternation.</summary>
internal sealed partial class Re2Parser
{
    private Re2Node NewNode(Re2Op op, Re2Flags flags)
    {
        _nodeCount++;
        return new Re2Node(op, flags);
    }

    private Re2Node Op(Re2Op op) => Push(NewNode(op, _flags));

    /// <summary>Pushes one literal rune; under (?i) it is stored as the smallest rune of its orbit.</summary>
    private void Literal(int r)
    {
        var re = NewNode(Re2Op.Literal, _flags);
        if (re.IsFoldCase)
        {
            r = MinFoldRune(r);
        }

        re.Runes = [r];
        Push(re);
    }

    private static int MinFoldRune(int r)
    {
        var min = r;
        for (var f = CaseFolding.SimpleFold(r); f != r; f = CaseFolding.SimpleFold(f))
        {
            min = Math.Min(min, f);
        }

        return min;
    }

    /// <summary>
    /// Pushes re. Single-rune classes become literals ([a] is a, [Aa] is (?i)a) so they can merge
    /// with neighbouring literals into one string node.
    /// </summary>
    private Re2Node Push(Re2Node re)
    {
        _numRunes += re.Runes.Count;
        var runes = re.Runes;
        if (re.Op == Re2Op.CharClass && runes.Count == 2 && runes[0] == runes[1])
        {
            if (MaybeConcat(runes[0], _flags & ~Re2Flags.FoldCase))
            {
                return _stack[^1];
            }

            re.Op = Re2Op.Literal;
            re.Runes = [runes[0]];
            re.Flags = _flags & ~Re2Flags.FoldCase;
        }
        else if (re.Op == Re2Op.CharClass && IsCaseFoldPair(runes))
        {
            if (MaybeConcat(runes[0], _flags | Re2Flags.FoldCase))
            {
                return _stack[^1];
            }

            re.Op = Re2Op.Literal;
            re.Runes = [runes[0]];
            re.Flags = _flags | Re2Flags.FoldCase;
        }
        else
        {
            MaybeConcat(-1, Re2Flags.None);
        }

        _stack.Add(re);
        CheckLimits(re);
        return re;
    }

    private static bool IsCaseFoldPair(List<int> r) =>
        (r.Count == 4 && r[0] == r[1] && r[2] == r[3]
            && CaseFolding.SimpleFold(r[0]) == r[2] && CaseFolding.SimpleFold(r[2]) == r[0])
        || (r.Count == 2 && r[0] + 1 == r[1]
            && CaseFolding.SimpleFold(r[0]) == r[1] && CaseFolding.SimpleFold(r[1]) == r[0]);

    /// <summary>
    /// Merges the top two stack entries when both are literals with the same case folding. Called
    /// before each push, so an operator like * still applies to the last rune only. When r >= 0
    /// the freed top node is reused to hold r and true is returned (r was pushed).
    /// </summary>
    private bool MaybeConcat(int r, Re2Flags flags)
    {
        var n = _stack.Count;
        if (n < 2)
        {
            return false;
        }

        var re1 = _stack[n - 1];
        var re2 = _stack[n - 2];
        if (re1.Op != Re2Op.Literal || re2.Op != Re2Op.Literal || re1.IsFoldCase != re2.IsFoldCase)
        {
            return false;
        }

        re2.Runes.AddRange(re1.Runes);
        if (r >= 0)
        {
            re1.Runes = [r];
            re1.Flags = flags;
            return true;
        }

        _stack.RemoveAt(n - 1);
        return false;
    }

    /// <summary>Replaces everything above the topmost '|' or '(' with its concatenation.</summary>
    private void Concat()
    {
        MaybeConcat(-1, Re2Flags.None);
        var i = TopOperandsStart();
        var subs = _stack.GetRange(i, _stack.Count - i);
        _stack.RemoveRange(i, _stack.Count - i);
        Push(subs.Count == 0 ? NewNode(Re2Op.EmptyMatch, _flags) : Collapse(subs, Re2Op.Concat));
    }

    /// <summary>Replaces everything above the topmost '(' with its alternation.</summary>
    private void Alternate()
    {
        var i = TopOperandsStart();
        var subs = _stack.GetRange(i, _stack.Count - i);
        _stack.RemoveRange(i, _stack.Count - i);
        if (subs.Count > 0)
        {
            CleanAlt(subs[^1]);
        }

        Push(subs.Count == 0 ? NewNode(Re2Op.NoMatch, _flags) : Collapse(subs, Re2Op.Alternate));
    }

    private int TopOperandsStart()
    {
        var i = _stack.Count;
        while (i > 0 && _stack[i - 1].Op < Re2Op.LeftParen)
        {
            i--;
        }

        return i;
    }

    /// <summary>Builds op(subs), hoisting nested nodes of the same op so there is no concat of concat.</summary>
    private Re2Node Collapse(List<Re2Node> subs, Re2Op op)
    {
        if (subs.Count == 1)
        {
            return subs[0];
        }

        var re = NewNode(op, Re2Flags.None);
        foreach (var sub in subs)
        {
            if (sub.Op == op)
            {
                re.Subs.AddRange(sub.Subs);
            }
            else
            {
                re.Subs.Add(sub);
            }
        }

        if (op == Re2Op.Alternate)
        {
            re.Subs = Factor(re.Subs);
            if (re.Subs.Count == 1)
            {
                re = re.Subs[0];
            }
        }

        return re;
    }

    /// <summary>Normalises a class that is about to sit in an alternation (full classes become dot).</summary>
    private static void CleanAlt(Re2Node re)
    {
        if (re.Op != Re2Op.CharClass)
        {
            return;
        }

        re.Runes = RuneRanges.Clean(re.Runes);
        var r = re.Runes;
        if (r.Count == 2 && r[0] == 0 && r[1] == RuneRanges.MaxRune)
        {
            re.Runes = [];
            re.Op = Re2Op.AnyChar;
        }
        else if (r.Count == 4 && r[0] == 0 && r[1] == '\n' - 1 && r[2] == '\n' + 1 && r[3] == RuneRanges.MaxRune)
        {
            re.Runes = [];
            re.Op = Re2Op.AnyCharNotNL;
        }
    }

    /// <summary>
    /// When single-character alternatives meet across a '|' (a|b, a|[0-9]) merges them into one
    /// class; otherwise moves the operand below the '|' marker. Returns whether a '|' was on top.
    /// </summary>
    private bool SwapVerticalBar()
    {
        var n = _stack.Count;
        if (n >= 3 && _stack[n - 2].Op == Re2Op.VerticalBar && IsCharClass(_stack[n - 1]) && IsCharClass(_stack[n - 3]))
        {
            var re1 = _stack[n - 1];
            var re3 = _stack[n - 3];
            if (re1.Op > re3.Op)
            {
                (re1, re3) = (re3, re1);
                _stack[n - 3] = re3;
            }

            MergeCharClass(re3, re1);
            _stack.RemoveAt(n - 1);
            return true;
        }

        if (n >= 2 && _stack[n - 2].Op == Re2Op.VerticalBar)
        {
            if (n >= 3)
            {
                CleanAlt(_stack[n - 3]);
            }

            (_stack[n - 2], _stack[n - 1]) = (_stack[n - 1], _stack[n - 2]);
            return true;
        }

        return false;
    }

    /// <summary>Can re be written as a character class: one rune, a class, or a dot.</summary>
    private static bool IsCharClass(Re2Node re) =>
        (re.Op == Re2Op.Literal && re.Runes.Count == 1)
        || re.Op is Re2Op.CharClass or Re2Op.AnyCharNotNL or Re2Op.AnyChar;

    private static bool MatchesRune(Re2Node re, int r) => re.Op switch
    {
        Re2Op.Literal => re.Runes.Count == 1 && re.Runes[0] == r,
        Re2Op.CharClass => RuneRanges.Contains(re.Runes, r),
        Re2Op.AnyCharNotNL => r != '\n',
        Re2Op.AnyChar => true,
        _ => false,
    };

    /// <summary>dst |= src, where dst is at least as general as src (Op order).</summary>
    private static void MergeCharClass(Re2Node dst, Re2Node src)
    {
        switch (dst.Op)
        {
            case Re2Op.AnyCharNotNL:
                if (MatchesRune(src, '\n'))
                {
                    dst.Op = Re2Op.AnyChar;
                }

                break;
            case Re2Op.CharClass:
                if (src.Op == Re2Op.Literal)
                {
                    AppendLiteral(dst.Runes, src.Runes[0], src.Flags);
                }
                else
                {
                    RuneRanges.AppendClass(dst.Runes, src.Runes);
                }

                break;
            case Re2Op.Literal:
                if (src.Runes[0] == dst.Runes[0] && src.Flags == dst.Flags)
                {
                    break;
                }

                var first = dst.Runes[0];
                dst.Op = Re2Op.CharClass;
                dst.Runes = [];
                AppendLiteral(dst.Runes, first, dst.Flags);
                AppendLiteral(dst.Runes, src.Runes[0], src.Flags);
                break;
        }
    }

    private static void AppendLiteral(List<int> r, int x, Re2Flags flags)
    {
        if ((flags & Re2Flags.FoldCase) != 0)
        {
            RuneRanges.AppendFoldedRange(r, x, x);
        }
        else
        {
            RuneRanges.AppendRange(r, x, x);
        }
    }
}
