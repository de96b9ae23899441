using System.Globalization;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// Unicode simple case folding as Go's unicode.SimpleFold sees it: every rune belongs to an
/// orbit of runes equal under folding (k, K and the Kelvin sign U+212A form one orbit), and
/// SimpleFold steps to the next larger rune of the orbit, wrapping around. The orbit table is
/// generated from Unicode data (see UnicodeData.Generated.cs), not from .NET casing, because
/// .NET's ToUpper/ToLower pairs miss three-member orbits such as k/K/U+212A.
/// </summary>
internal static class CaseFolding
{
    private static readonly Lazy<(Dictionary<int, int[]> Orbits, int[] Sorted)> s_tables = new(Build);

    /// <summary>The next rune of r's orbit, or r itself when nothing folds to it.</summary>
    public static int SimpleFold(int r)
    {
        if (!s_tables.Value.Orbits.TryGetValue(r, out var orbit))
        {
            return r;
        }

        foreach (var member in orbit)
        {
            if (member > r)
            {
                return member;
            }
        }

        return orbit[0];
    }

    /// <summary>The runes in lo..hi whose orbit has more than one member, ascending.</summary>
    public static IEnumerable<int> FoldableRunesIn(int lo, int hi)
    {
        var sorted = s_tables.Value.Sorted;
        var i = Array.BinarySearch(sorted, lo);
        if (i < 0)
        {
            i = ~i;
        }

        for (; i < sorted.Length && sorted[i] <= hi; i++)
        {
            yield return sorted[i];
        }
    }

    /// <summary>The whole orbit of r (just r when it does not fold), ascending.</summary>
    public static IReadOnlyList<int> Orbit(int r) =>
        s_tables.Value.Orbits.TryGetValue(r, out var orbit) ? orbit : [r];

    private static (Dictionary<int, int[]> Orbits, int[] Sorted) Build()
    {
        var orbits = new Dictionary<int, int[]>();
        foreach (var entry in UnicodeData.FoldOrbits.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var members = entry.Split(',').Select(static h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            Array.Sort(members);
            foreach (var m in members)
            {
                orbits[m] = members;
            }
        }

        var sorted = orbits.Keys.ToArray();
        Array.Sort(sorted);
        return (orbits, sorted);
    }
}
