namespace LogMetrics.Language.Patterns;

/// <summary>
/// Structural equality of syntax trees with Go's Regexp.Equal rules (literals compare runes only,
/// not their case-folding flag), used when factoring alternations.
/// </summary>
internal static class Re2NodeEquality
{
    public static bool AreEqual(Re2Node x, Re2Node y)
    {
        if (x.Op != y.Op)
        {
            return false;
        }

        switch (x.Op)
        {
            case Re2Op.EndText:
                return (x.Flags & Re2Flags.WasDollar) == (y.Flags & Re2Flags.WasDollar);
            case Re2Op.Literal or Re2Op.CharClass:
                return x.Runes.SequenceEqual(y.Runes);
            case Re2Op.Alternate or Re2Op.Concat:
                return x.Subs.Count == y.Subs.Count && x.Subs.Zip(y.Subs).All(static p => AreEqual(p.First, p.Second));
            case Re2Op.Star or Re2Op.Plus or Re2Op.Quest:
                return x.IsNonGreedy == y.IsNonGreedy && AreEqual(x.Subs[0], y.Subs[0]);
            case Re2Op.Repeat:
                return x.IsNonGreedy == y.IsNonGreedy && x.Min == y.Min && x.Max == y.Max && AreEqual(x.Subs[0], y.Subs[0]);
            case Re2Op.Capture:
                return x.Cap == y.Cap && string.Equals(x.Name, y.Name, StringComparison.Ordinal) && AreEqual(x.Subs[0], y.Subs[0]);
            default:
                return true;
        }
    }
}
