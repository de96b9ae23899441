namespace LogMetrics.Language.Patterns;

/// <summary>
/// mtail's capture-group typing (checker InferCaprefType), applied to the simplified tree:
/// only '+'/'-' is String; only sign and digit characters with at least one digit is Int unless
/// the group is a single class or an alternation; adding '.', 'e', 'E' with at most one '.' is
/// Float; anything else is String. A top-level alternation takes the least upper bound of its
/// branches. So (\d+) is Int but (\d) is a class and String, and (1|2) is the class [12].
/// </summary>
internal static class CaptureTypeInference
{
    private const string Signs = "+-";
    private const string IntChars = "+-0123456789";
    private const string FloatChars = "+-0123456789.eE";

    public static CaptureType Infer(Re2Node simplifiedRoot, int cap)
    {
        var group = FindGroup(simplifiedRoot, cap);
        if (group == null)
        {
            // The group vanished in simplification (as in (a){0}); mtail types it None, which no
            // numeric use accepts, so String is the closest of our three types.
            return CaptureType.String;
        }

        if (group.Op != Re2Op.Alternate)
        {
            return InferGroup(group);
        }

        var type = CaptureType.Int;
        foreach (var sub in group.Subs)
        {
            type = (CaptureType)Math.Max((int)type, (int)InferGroup(sub));
        }

        return type;
    }

    private static CaptureType InferGroup(Re2Node group)
    {
        if (OnlyMatches(group, Signs))
        {
            return CaptureType.String;
        }

        if (OnlyMatches(group, IntChars))
        {
            var isClassOrAlternation = group.Op is Re2Op.Alternate or Re2Op.CharClass;
            return HasDigit(group) && !isClassOrAlternation ? CaptureType.Int : CaptureType.String;
        }

        if (OnlyMatches(group, FloatChars))
        {
            return DotCount(group) > 1 ? CaptureType.String : CaptureType.Float;
        }

        return CaptureType.String;
    }

    private static Re2Node? FindGroup(Re2Node re, int cap)
    {
        if (re.Op == Re2Op.Capture && re.Cap == cap)
        {
            return re.Subs[0];
        }

        foreach (var sub in re.Subs)
        {
            var found = FindGroup(sub, cap);
            if (found != null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether every rune the node can match is in the set (empty-width nodes never qualify).</summary>
    private static bool OnlyMatches(Re2Node re, string set)
    {
        switch (re.Op)
        {
            case Re2Op.Literal:
                return re.Runes.All(r => r < 0x10000 && set.Contains((char)r, StringComparison.Ordinal));
            case Re2Op.CharClass:
                for (var i = 0; i < re.Runes.Count; i += 2)
                {
                    for (var r = re.Runes[i]; r <= re.Runes[i + 1]; r++)
                    {
                        if (r >= 0x10000 || !set.Contains((char)r, StringComparison.Ordinal))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case Re2Op.Star or Re2Op.Plus or Re2Op.Quest or Re2Op.Repeat or Re2Op.Capture:
                return OnlyMatches(re.Subs[0], set);
            case Re2Op.Concat or Re2Op.Alternate:
                return re.Subs.All(s => OnlyMatches(s, set));
            default:
                return false;
        }
    }

    /// <summary>
    /// mtail asks whether Go's printed form of the group contains a digit; for trees that passed
    /// <see cref="OnlyMatches"/> that is whether any literal or class includes a digit.
    /// </summary>
    private static bool HasDigit(Re2Node re) => re.Op switch
    {
        Re2Op.Literal => re.Runes.Any(static r => r is >= '0' and <= '9'),
        Re2Op.CharClass => Enumerable.Range(0, re.Runes.Count / 2).Any(i => re.Runes[2 * i] <= '9' && re.Runes[(2 * i) + 1] >= '0'),
        _ => re.Subs.Any(HasDigit),
    };

    /// <summary>Number of '.' characters in Go's printed form: dot literals and class endpoints.</summary>
    private static int DotCount(Re2Node re) => re.Op switch
    {
        Re2Op.Literal => re.Runes.Count(static r => r == '.'),
        Re2Op.CharClass => Enumerable.Range(0, re.Runes.Count / 2).Count(i => re.Runes[2 * i] == '.' || re.Runes[(2 * i) + 1] == '.'),
        _ => re.Subs.Sum(DotCount),
    };
}
