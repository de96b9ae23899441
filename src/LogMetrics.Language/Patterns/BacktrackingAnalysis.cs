namespace LogMetrics.Language.Patterns;

/// <summary>Finds the shapes that make backtracking blow up: a repetition whose body can match the same
/// text in more than one way (exponential), and unbounded quantifiers in sequence whose characters overlap
/// with nothing between them that only one of them could match (polynomial).</summary>
internal static class BacktrackingAnalysis
{
    const int MaxRune = 0x10FFFF;

    public static BacktrackingRisk Assess(Re2Node root)
    {
        if (HasAmbiguousRepetition(root))
        {
            return BacktrackingRisk.Exponential;
        }
        return HasOverlappingSequence(root) ? BacktrackingRisk.Polynomial : BacktrackingRisk.Low;
    }

    public static bool HasWordBoundary(Re2Node node) =>
        node.Op is Re2Op.WordBoundary or Re2Op.NoWordBoundary || node.Subs.Any(HasWordBoundary);

    // A repetition (more than once) of a body that is not a fixed string of single characters: the body's
    // own quantifiers or alternatives let each iteration end in several places.
    static bool HasAmbiguousRepetition(Re2Node node)
    {
        if (IsRepetition(node) && node.Subs.Count == 1 && !IsFixedWidth(node.Subs[0]))
        {
            return true;
        }
        return node.Subs.Any(HasAmbiguousRepetition);
    }

    static bool IsRepetition(Re2Node node) =>
        node.Op is Re2Op.Star or Re2Op.Plus || (node.Op == Re2Op.Repeat && (node.Max == -1 || node.Max > 1));

    static bool IsFixedWidth(Re2Node node) => node.Op switch
    {
        Re2Op.Literal or Re2Op.CharClass or Re2Op.AnyChar or Re2Op.AnyCharNotNL or Re2Op.EmptyMatch or Re2Op.NoMatch
            or Re2Op.BeginLine or Re2Op.EndLine or Re2Op.BeginText or Re2Op.EndText
            or Re2Op.WordBoundary or Re2Op.NoWordBoundary => true,
        Re2Op.Capture or Re2Op.Concat => node.Subs.All(IsFixedWidth),
        Re2Op.Repeat => node.Min == node.Max && node.Subs.All(IsFixedWidth),
        _ => false,
    };

    // Within each concatenation, tracks the unbounded single-character quantifiers that could still be
    // extending (every item since then is one of their characters); a new one overlapping any of them means
    // two quantifiers compete for the same text.
    static bool HasOverlappingSequence(Re2Node node)
    {
        if (node.Op == Re2Op.Concat && SequenceOverlaps(Flatten(node)))
        {
            return true;
        }
        return node.Subs.Any(HasOverlappingSequence);
    }

    static List<Re2Node> Flatten(Re2Node concat)
    {
        var items = new List<Re2Node>();
        foreach (var sub in concat.Subs)
        {
            var item = Unwrap(sub);
            if (item.Op == Re2Op.Concat)
            {
                items.AddRange(Flatten(item));
            }
            else
            {
                items.Add(item);
            }
        }
        return items;
    }

    static Re2Node Unwrap(Re2Node node) => node.Op == Re2Op.Capture && node.Subs.Count == 1 ? Unwrap(node.Subs[0]) : node;

    static bool SequenceOverlaps(List<Re2Node> items)
    {
        var open = new List<List<(int Lo, int Hi)>>();
        foreach (var item in items)
        {
            if (IsUnboundedQuantifier(item) && CharsOf(Unwrap(item.Subs[0])) is { } set)
            {
                if (open.Any(o => Overlap(o, set)))
                {
                    return true;
                }
                open.Add(set);
            }
            else if (item.Op == Re2Op.Literal)
            {
                foreach (var rune in item.Runes)
                {
                    var variants = Folds(rune, item.IsFoldCase);
                    open.RemoveAll(o => !variants.Any(v => Contains(o, v)));
                }
            }
            else if (CharsOf(item) is { } chars)
            {
                open.RemoveAll(o => !Covers(o, chars));
            }
            else if (item.Op is Re2Op.BeginText or Re2Op.BeginLine)
            {
                open.Clear();
            }
            // Anything else (alternatives, optional parts, anchors) may match empty: keep them open.
        }
        return false;
    }

    static bool IsUnboundedQuantifier(Re2Node node) =>
        (node.Op is Re2Op.Star or Re2Op.Plus || (node.Op == Re2Op.Repeat && node.Max == -1)) && node.Subs.Count == 1;

    // The characters a single-character node matches, as sorted ranges; null for anything else.
    static List<(int Lo, int Hi)>? CharsOf(Re2Node node)
    {
        switch (node.Op)
        {
            case Re2Op.AnyChar:
                return [(0, MaxRune)];
            case Re2Op.AnyCharNotNL:
                return [(0, '\n' - 1), ('\n' + 1, MaxRune)];
            case Re2Op.CharClass:
                var ranges = new List<(int, int)>();
                for (var i = 0; i + 1 < node.Runes.Count; i += 2)
                {
                    ranges.Add((node.Runes[i], node.Runes[i + 1]));
                }
                return ranges;
            case Re2Op.Literal when node.Runes.Count == 1:
                return [.. Folds(node.Runes[0], node.IsFoldCase).Select(r => (r, r))];
            default:
                return null;
        }
    }

    // A case-folded literal matches both cases; the simple folds below are enough for a conservative answer.
    static int[] Folds(int rune, bool foldCase) =>
        foldCase && rune <= char.MaxValue && char.IsLetter((char)rune)
            ? [rune, char.ToUpperInvariant((char)rune), char.ToLowerInvariant((char)rune)]
            : [rune];

    static bool Contains(List<(int Lo, int Hi)> set, int rune) => set.Any(r => r.Lo <= rune && rune <= r.Hi);

    static bool Overlap(List<(int Lo, int Hi)> a, List<(int Lo, int Hi)> b) =>
        a.Any(x => b.Any(y => x.Lo <= y.Hi && y.Lo <= x.Hi));

    // Whether every character of `inner` is in `outer`.
    static bool Covers(List<(int Lo, int Hi)> outer, List<(int Lo, int Hi)> inner)
    {
        foreach (var (lo, hi) in inner)
        {
            for (var at = lo; at <= hi;)
            {
                var next = outer.Where(o => o.Lo <= at && at <= o.Hi).Select(o => o.Hi).DefaultIfEmpty(-1).Max();
                if (next < 0)
                {
                    return false;
                }
                at = next + 1;
            }
        }
        return true;
    }
}
