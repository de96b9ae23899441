namespace LogMetrics.Language.Patterns;

/// <summary>
/// Character-class arithmetic on flat lists of lo/hi rune pairs, following the rules of Go's
/// regexp/syntax so classes (and the trees built from them) come out the same.
/// </summary>
internal static class RuneRanges
{
    public const int MaxRune = 0x10FFFF;

    /// <summary>Appends lo-hi, widening one of the last two ranges when they touch (as Go does).</summary>
    public static void AppendRange(List<int> r, int lo, int hi)
    {
        var n = r.Count;
        for (var i = 2; i <= 4; i += 2)
        {
            if (n >= i)
            {
                int rlo = r[n - i], rhi = r[n - i + 1];
                if (lo <= rhi + 1 && rlo <= hi + 1)
                {
                    if (lo < rlo)
                    {
                        r[n - i] = lo;
                    }

                    if (hi > rhi)
                    {
                        r[n - i + 1] = hi;
                    }

                    return;
                }
            }
        }

        r.Add(lo);
        r.Add(hi);
    }

    /// <summary>Appends lo-hi and everything equal to a rune in it under simple case folding.</summary>
    public static void AppendFoldedRange(List<int> r, int lo, int hi)
    {
        AppendRange(r, lo, hi);
        foreach (var c in CaseFolding.FoldableRunesIn(lo, hi))
        {
            for (var f = CaseFolding.SimpleFold(c); f != c; f = CaseFolding.SimpleFold(f))
            {
                AppendRange(r, f, f);
            }
        }
    }

    public static void AppendClass(List<int> r, List<int> x)
    {
        for (var i = 0; i < x.Count; i += 2)
        {
            AppendRange(r, x[i], x[i + 1]);
        }
    }

    public static void AppendFoldedClass(List<int> r, List<int> x)
    {
        for (var i = 0; i < x.Count; i += 2)
        {
            AppendFoldedRange(r, x[i], x[i + 1]);
        }
    }

    /// <summary>Appends the complement of the clean class x.</summary>
    public static void AppendNegatedClass(List<int> r, List<int> x)
    {
        var nextLo = 0;
        for (var i = 0; i < x.Count; i += 2)
        {
            if (nextLo <= x[i] - 1)
            {
                AppendRange(r, nextLo, x[i] - 1);
            }

            nextLo = x[i + 1] + 1;
        }

        if (nextLo <= MaxRune)
        {
            AppendRange(r, nextLo, MaxRune);
        }
    }

    /// <summary>Sorts the ranges and merges overlapping or abutting ones.</summary>
    public static List<int> Clean(List<int> r)
    {
        var pairs = new List<(int Lo, int Hi)>(r.Count / 2);
        for (var i = 0; i < r.Count; i += 2)
        {
            pairs.Add((r[i], r[i + 1]));
        }

        pairs.Sort(static (a, b) => a.Lo != b.Lo ? a.Lo.CompareTo(b.Lo) : b.Hi.CompareTo(a.Hi));
        var result = new List<int>(r.Count);
        foreach (var (lo, hi) in pairs)
        {
            var w = result.Count;
            if (w > 0 && lo <= result[w - 1] + 1)
            {
                if (hi > result[w - 1])
                {
                    result[w - 1] = hi;
                }

                continue;
            }

            result.Add(lo);
            result.Add(hi);
        }

        return result;
    }

    public static List<int> Negate(List<int> clean)
    {
        var result = new List<int>(clean.Count + 2);
        AppendNegatedClass(result, clean);
        return result;
    }

    public static bool Contains(List<int> clean, int c)
    {
        for (var i = 0; i < clean.Count; i += 2)
        {
            if (clean[i] <= c && c <= clean[i + 1])
            {
                return true;
            }
        }

        return false;
    }
}
