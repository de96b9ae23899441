namespace LogMetrics.Language.Patterns;

/// <summary>
/// Go's Regexp.Simplify, which mtail runs before typing captures: counted repetitions become
/// copies, stars, pluses and quests (x{1} is just x, x{0} the empty match, x{2,3} is xx(x)?).
/// Returns a new tree that shares unchanged nodes; the input is not modified.
/// </summary>
internal static class Re2Simplifier
{
    public static Re2Node Simplify(Re2Node re)
    {
        switch (re.Op)
        {
            case Re2Op.Capture or Re2Op.Concat or Re2Op.Alternate:
                {
                    var subs = re.Subs.Select(Simplify).ToList();
                    if (subs.SequenceEqual(re.Subs, ReferenceEqualityComparer.Instance))
                    {
                        return re;
                    }

                    return new Re2Node(re.Op, re.Flags) { Subs = subs, Cap = re.Cap, Name = re.Name, Min = re.Min, Max = re.Max };
                }

            case Re2Op.Star or Re2Op.Plus or Re2Op.Quest:
                return Simplify1(re.Op, re.Flags, Simplify(re.Subs[0]), re);
            case Re2Op.Repeat:
                return SimplifyRepeat(re);
            default:
                return re;
        }
    }

    private static Re2Node SimplifyRepeat(Re2Node re)
    {
        if (re.Min == 0 && re.Max == 0)
        {
            return new Re2Node(Re2Op.EmptyMatch, Re2Flags.None);
        }

        var sub = Simplify(re.Subs[0]);
        if (re.Max == -1)
        {
            if (re.Min == 0)
            {
                return Simplify1(Re2Op.Star, re.Flags, sub, null);
            }

            if (re.Min == 1)
            {
                return Simplify1(Re2Op.Plus, re.Flags, sub, null);
            }

            var atLeast = new Re2Node(Re2Op.Concat, Re2Flags.None);
            for (var i = 0; i < re.Min - 1; i++)
            {
                atLeast.Subs.Add(sub);
            }

            atLeast.Subs.Add(Simplify1(Re2Op.Plus, re.Flags, sub, null));
            return atLeast;
        }

        if (re.Min == 1 && re.Max == 1)
        {
            return sub;
        }

        Re2Node? prefix = null;
        if (re.Min > 0)
        {
            prefix = new Re2Node(Re2Op.Concat, Re2Flags.None);
            for (var i = 0; i < re.Min; i++)
            {
                prefix.Subs.Add(sub);
            }
        }

        if (re.Max > re.Min)
        {
            // Nested optional copies: x{2,5} = xx(x(x(x)?)?)?
            var suffix = Simplify1(Re2Op.Quest, re.Flags, sub, null);
            for (var i = re.Min + 1; i < re.Max; i++)
            {
                var pair = new Re2Node(Re2Op.Concat, Re2Flags.None) { Subs = [sub, suffix] };
                suffix = Simplify1(Re2Op.Quest, re.Flags, pair, null);
            }

            if (prefix == null)
            {
                return suffix;
            }

            prefix.Subs.Add(suffix);
        }

        return prefix ?? new Re2Node(Re2Op.NoMatch, Re2Flags.None);
    }

    private static Re2Node Simplify1(Re2Op op, Re2Flags flags, Re2Node sub, Re2Node? original)
    {
        if (sub.Op == Re2Op.EmptyMatch)
        {
            return sub;
        }

        // x** is x* when greediness agrees.
        if (op == sub.Op && (flags & Re2Flags.NonGreedy) == (sub.Flags & Re2Flags.NonGreedy))
        {
            return sub;
        }

        if (original != null && original.Op == op
            && (original.Flags & Re2Flags.NonGreedy) == (sub.Flags & Re2Flags.NonGreedy)
            && ReferenceEquals(sub, original.Subs[0]))
        {
            return original;
        }

        return new Re2Node(op, flags) { Subs = [sub] };
    }
}
