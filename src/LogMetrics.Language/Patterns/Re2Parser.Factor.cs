namespace LogMetrics.Language.Patterns;

/// <summary>
/// Alternation factoring as Go's parser does it (abc|abd becomes ab(?:c|d), a|b becomes [ab]).
/// Matching is unaffected (order of alternatives is kept), but mtail's capture typing looks at
/// the factored tree: (1|2) is a character class there and so types as String.
/// </summary>
internal sealed partial class Re2Parser
{
    private List<Re2Node> Factor(List<Re2Node> sub)
    {
        if (sub.Count < 2)
        {
            return sub;
        }

        sub = FactorLiteralPrefixes(sub);
        sub = FactorCommonLeaders(sub);
        sub = MergeSingleCharacters(sub);

        // Runs of empty matches collapse into one.
        var result = new List<Re2Node>(sub.Count);
        for (var i = 0; i < sub.Count; i++)
        {
            if (i + 1 < sub.Count && sub[i].Op == Re2Op.EmptyMatch && sub[i + 1].Op == Re2Op.EmptyMatch)
            {
                continue;
            }

            result.Add(sub[i]);
        }

        return result;
    }

    /// <summary>Round 1: pulls out the longest literal prefix shared by each run of alternatives.</summary>
    private List<Re2Node> FactorLiteralPrefixes(List<Re2Node> sub)
    {
        var output = new List<Re2Node>(sub.Count);
        List<int> str = [];
        var strFold = false;
        var start = 0;
        for (var i = 0; i <= sub.Count; i++)
        {
            List<int> istr = [];
            var ifold = false;
            if (i < sub.Count)
            {
                (istr, ifold) = LeadingString(sub[i]);
                if (ifold == strFold)
                {
                    var same = 0;
                    while (same < str.Count && same < istr.Count && str[same] == istr[same])
                    {
                        same++;
                    }

                    if (same > 0)
                    {
                        str = str.GetRange(0, same);
                        continue;
                    }
                }
            }

            if (i == start + 1)
            {
                output.Add(sub[start]);
            }
            else if (i > start + 1)
            {
                var prefix = NewNode(Re2Op.Literal, strFold ? Re2Flags.FoldCase : Re2Flags.None);
                prefix.Runes = [.. str];
                var rest = new List<Re2Node>(i - start);
                for (var j = start; j < i; j++)
                {
                    rest.Add(RemoveLeadingString(sub[j], str.Count));
                    CheckLimits(rest[^1]);
                }

                var concat = NewNode(Re2Op.Concat, Re2Flags.None);
                concat.Subs = [prefix, Collapse(rest, Re2Op.Alternate)];
                output.Add(concat);
            }

            start = i;
            str = istr;
            strFold = ifold;
        }

        return output;
    }

    /// <summary>
    /// Round 2: factors a shared first piece when it is a character class or a fixed repeat of one
    /// (anything more complex would change which path the matcher prefers).
    /// </summary>
    private List<Re2Node> FactorCommonLeaders(List<Re2Node> sub)
    {
        var output = new List<Re2Node>(sub.Count);
        Re2Node? first = null;
        var start = 0;
        for (var i = 0; i <= sub.Count; i++)
        {
            Re2Node? ifirst = null;
            if (i < sub.Count)
            {
                ifirst = LeadingRegexp(sub[i]);
                if (first != null && ifirst != null && Re2NodeEquality.AreEqual(first, ifirst)
                    && (IsCharClass(first) || (first.Op == Re2Op.Repeat && first.Min == first.Max && IsCharClass(first.Subs[0]))))
                {
                    continue;
                }
            }

            if (i == start + 1)
            {
                output.Add(sub[start]);
            }
            else if (i > start + 1)
            {
                var rest = new List<Re2Node>(i - start);
                for (var j = start; j < i; j++)
                {
                    rest.Add(RemoveLeadingRegexp(sub[j]));
                    CheckLimits(rest[^1]);
                }

                var concat = NewNode(Re2Op.Concat, Re2Flags.None);
                concat.Subs = [first!, Collapse(rest, Re2Op.Alternate)];
                output.Add(concat);
            }

            start = i;
            first = ifirst;
        }

        return output;
    }

    /// <summary>Round 3: runs of single runes and classes become one class.</summary>
    private static List<Re2Node> MergeSingleCharacters(List<Re2Node> sub)
    {
        var output = new List<Re2Node>(sub.Count);
        var start = 0;
        for (var i = 0; i <= sub.Count; i++)
        {
            if (i < sub.Count && IsCharClass(sub[i]))
            {
                continue;
            }

            if (i == start + 1)
            {
                output.Add(sub[start]);
            }
            else if (i > start + 1)
            {
                // Start from the most general member so merging only ever widens it.
                var max = start;
                for (var j = start + 1; j < i; j++)
                {
                    if (sub[max].Op < sub[j].Op || (sub[max].Op == sub[j].Op && sub[max].Runes.Count < sub[j].Runes.Count))
                    {
                        max = j;
                    }
                }

                (sub[start], sub[max]) = (sub[max], sub[start]);
                for (var j = start + 1; j < i; j++)
                {
                    MergeCharClass(sub[start], sub[j]);
                }

                CleanAlt(sub[start]);
                output.Add(sub[start]);
            }

            if (i < sub.Count)
            {
                output.Add(sub[i]);
            }

            start = i + 1;
        }

        return output;
    }

    private static (List<int> Runes, bool Fold) LeadingString(Re2Node re)
    {
        if (re.Op == Re2Op.Concat && re.Subs.Count > 0)
        {
            re = re.Subs[0];
        }

        return re.Op == Re2Op.Literal ? (re.Runes, re.IsFoldCase) : ([], false);
    }

    private static Re2Node RemoveLeadingString(Re2Node re, int n)
    {
        if (re.Op == Re2Op.Concat && re.Subs.Count > 0)
        {
            var first = RemoveLeadingString(re.Subs[0], n);
            re.Subs[0] = first;
            if (first.Op == Re2Op.EmptyMatch)
            {
                re.Subs.RemoveAt(0);
                switch (re.Subs.Count)
                {
                    case 0:
                        re.Op = Re2Op.EmptyMatch;
                        break;
                    case 1:
                        return re.Subs[0];
                }
            }

            return re;
        }

        if (re.Op == Re2Op.Literal)
        {
            re.Runes = re.Runes.GetRange(n, re.Runes.Count - n);
            if (re.Runes.Count == 0)
            {
                re.Op = Re2Op.EmptyMatch;
            }
        }

        return re;
    }

    private static Re2Node? LeadingRegexp(Re2Node re)
    {
        if (re.Op == Re2Op.EmptyMatch)
        {
            return null;
        }

        if (re.Op == Re2Op.Concat && re.Subs.Count > 0)
        {
            return re.Subs[0].Op == Re2Op.EmptyMatch ? null : re.Subs[0];
        }

        return re;
    }

    private Re2Node RemoveLeadingRegexp(Re2Node re)
    {
        if (re.Op == Re2Op.Concat && re.Subs.Count > 0)
        {
            re.Subs.RemoveAt(0);
            switch (re.Subs.Count)
            {
                case 0:
                    re.Op = Re2Op.EmptyMatch;
                    break;
                case 1:
                    return re.Subs[0];
            }

            return re;
        }

        return NewNode(Re2Op.EmptyMatch, Re2Flags.None);
    }
}
