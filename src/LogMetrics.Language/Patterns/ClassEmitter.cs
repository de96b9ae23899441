using System.Globalization;
using System.Text;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// Writes a set of code points as a .NET construct that consumes exactly one code point, as Go
/// does. .NET matches UTF-16 units, so characters above U+FFFF become surrogate-pair alternatives
/// and BMP classes never match a lone half of a pair.
/// </summary>
internal static class ClassEmitter
{
    private const int SurrogateLo = 0xD800;
    private const int SurrogateHi = 0xDFFF;

    public static void Emit(List<int> ranges, StringBuilder sb)
    {
        var (bmp, astral) = Split(ranges);

        var alternatives = new List<string>();
        if (bmp.Count > 0)
        {
            alternatives.Add(BmpClass(bmp));
        }

        AddAstral(astral, alternatives);
        if (alternatives.Count == 0)
        {
            // Empty class: matches nothing.
            sb.Append(@"[^\u0000-\uFFFF]");
        }
        else if (alternatives.Count == 1 && bmp.Count > 0)
        {
            sb.Append(alternatives[0]);
        }
        else
        {
            sb.Append("(?:").AppendJoin('|', alternatives).Append(')');
        }
    }

    /// <summary>
    /// Under an unbounded repetition (<c>*</c>, <c>+</c>) a class that matches every character above
    /// U+FFFF, or none of them, can be one plain UTF-16 set: a run of whole code points is then the
    /// same as a run of units (surrogate halves included, or excluded). Nothing else in a translated
    /// pattern matches a lone low surrogate, so backtracking never stops inside a pair. Returns false
    /// (writing nothing) for a class that matches only some characters above U+FFFF.
    /// </summary>
    public static bool TryEmitUnbounded(List<int> ranges, StringBuilder sb)
    {
        var (bmp, astral) = Split(ranges);
        var allAstral = astral.Count == 2 && astral[0] == 0x10000 && astral[1] == RuneRanges.MaxRune;
        if (astral.Count > 0 && !allAstral)
        {
            return false;
        }
        if (allAstral)
        {
            bmp.Add(SurrogateLo);
            bmp.Add(SurrogateHi);
        }
        if (bmp.Count == 0)
        {
            return false;
        }
        sb.Append(BmpClass(RuneRanges.Clean(bmp)));
        return true;
    }

    // Code points below and above U+FFFF (the surrogate range itself is never a code point).
    private static (List<int> Bmp, List<int> Astral) Split(List<int> ranges)
    {
        var bmp = new List<int>();
        var astral = new List<int>();
        for (var i = 0; i < ranges.Count; i += 2)
        {
            Clip(ranges[i], ranges[i + 1], 0, SurrogateLo - 1, bmp);
            Clip(ranges[i], ranges[i + 1], SurrogateHi + 1, 0xFFFF, bmp);
            Clip(ranges[i], ranges[i + 1], 0x10000, RuneRanges.MaxRune, astral);
        }
        return (bmp, astral);
    }

    /// <summary>Appends one UTF-16 unit, escaped unless it is an ASCII letter or digit.</summary>
    public static void AppendUnit(char c, StringBuilder sb)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            sb.Append(c);
        }
        else
        {
            sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    private static void Clip(int lo, int hi, int min, int max, List<int> into)
    {
        lo = Math.Max(lo, min);
        hi = Math.Min(hi, max);
        if (lo <= hi)
        {
            into.Add(lo);
            into.Add(hi);
        }
    }

    /// <summary>The shorter of [set] and [^complement].</summary>
    private static string BmpClass(List<int> bmp)
    {
        if (bmp.Count == 2 && bmp[0] == bmp[1])
        {
            var single = new StringBuilder();
            AppendUnit((char)bmp[0], single);
            return single.ToString();
        }

        // bmp never contains surrogates, so its complement always lists them: a negated .NET
        // class must not match half of a surrogate pair.
        var complement = new List<int>();
        foreach (var (lo, hi) in Pairs(RuneRanges.Negate(RuneRanges.Clean(bmp))))
        {
            Clip(lo, hi, 0, 0xFFFF, complement);
        }

        if (complement.Count == 0)
        {
            // Every UTF-16 unit: .NET has no empty negated class.
            return @"[\u0000-\uFFFF]";
        }

        var negated = complement.Count < bmp.Count;
        var sb = new StringBuilder(negated ? "[^" : "[");
        foreach (var (lo, hi) in Pairs(negated ? complement : bmp))
        {
            AppendUnit((char)lo, sb);
            if (hi != lo)
            {
                sb.Append('-');
                AppendUnit((char)hi, sb);
            }
        }

        return sb.Append(']').ToString();
    }

    private static IEnumerable<(int Lo, int Hi)> Pairs(List<int> r)
    {
        for (var i = 0; i < r.Count; i += 2)
        {
            yield return (r[i], r[i + 1]);
        }
    }

    /// <summary>Astral ranges as lead-surrogate + trail-surrogate-class alternatives.</summary>
    private static void AddAstral(List<int> astral, List<string> alternatives)
    {
        foreach (var (lo, hi) in Pairs(astral))
        {
            int leadLo = Lead(lo), leadHi = Lead(hi), trailLo = Trail(lo), trailHi = Trail(hi);
            if (leadLo == leadHi)
            {
                alternatives.Add(Pair(leadLo, leadLo, trailLo, trailHi));
                continue;
            }

            var fullFrom = leadLo;
            var fullTo = leadHi;
            if (trailLo != 0xDC00)
            {
                alternatives.Add(Pair(leadLo, leadLo, trailLo, 0xDFFF));
                fullFrom++;
            }

            if (trailHi != 0xDFFF)
            {
                fullTo--;
            }

            if (fullFrom <= fullTo)
            {
                alternatives.Add(Pair(fullFrom, fullTo, 0xDC00, 0xDFFF));
            }

            if (trailHi != 0xDFFF)
            {
                alternatives.Add(Pair(leadHi, leadHi, 0xDC00, trailHi));
            }
        }
    }

    private static int Lead(int r) => 0xD800 + ((r - 0x10000) >> 10);

    private static int Trail(int r) => 0xDC00 + ((r - 0x10000) & 0x3FF);

    private static string Pair(int leadLo, int leadHi, int trailLo, int trailHi)
    {
        var sb = new StringBuilder();
        AppendRange(leadLo, leadHi, sb);
        AppendRange(trailLo, trailHi, sb);
        return sb.ToString();
    }

    private static void AppendRange(int lo, int hi, StringBuilder sb)
    {
        if (lo == hi)
        {
            AppendUnit((char)lo, sb);
            return;
        }

        sb.Append('[');
        AppendUnit((char)lo, sb);
        sb.Append('-');
        AppendUnit((char)hi, sb);
        sb.Append(']');
    }
}
