using System.Globalization;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// The names Go 1.19 accepts in <c>\p{...}</c>: "Any", the general categories of Go's
/// unicode.Categories (one- and two-letter, no "Cn"/"LC") and the scripts of unicode.Scripts.
/// Categories come from .NET's own Unicode tables; scripts from generated data, because .NET's
/// <c>\p{IsGreek}</c> is a block, not the Greek script.
/// </summary>
internal static class UnicodeTables
{
    private static readonly Dictionary<string, UnicodeCategory[]> s_categories = new(StringComparer.Ordinal)
    {
        ["C"] = [UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.PrivateUse, UnicodeCategory.Surrogate],
        ["Cc"] = [UnicodeCategory.Control],
        ["Cf"] = [UnicodeCategory.Format],
        ["Co"] = [UnicodeCategory.PrivateUse],
        ["Cs"] = [UnicodeCategory.Surrogate],
        ["L"] = [UnicodeCategory.UppercaseLetter, UnicodeCategory.LowercaseLetter, UnicodeCategory.TitlecaseLetter, UnicodeCategory.ModifierLetter, UnicodeCategory.OtherLetter],
        ["Ll"] = [UnicodeCategory.LowercaseLetter],
        ["Lm"] = [UnicodeCategory.ModifierLetter],
        ["Lo"] = [UnicodeCategory.OtherLetter],
        ["Lt"] = [UnicodeCategory.TitlecaseLetter],
        ["Lu"] = [UnicodeCategory.UppercaseLetter],
        ["M"] = [UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark],
        ["Mc"] = [UnicodeCategory.SpacingCombiningMark],
        ["Me"] = [UnicodeCategory.EnclosingMark],
        ["Mn"] = [UnicodeCategory.NonSpacingMark],
        ["N"] = [UnicodeCategory.DecimalDigitNumber, UnicodeCategory.LetterNumber, UnicodeCategory.OtherNumber],
        ["Nd"] = [UnicodeCategory.DecimalDigitNumber],
        ["Nl"] = [UnicodeCategory.LetterNumber],
        ["No"] = [UnicodeCategory.OtherNumber],
        ["P"] = [UnicodeCategory.ConnectorPunctuation, UnicodeCategory.DashPunctuation, UnicodeCategory.OpenPunctuation, UnicodeCategory.ClosePunctuation, UnicodeCategory.InitialQuotePunctuation, UnicodeCategory.FinalQuotePunctuation, UnicodeCategory.OtherPunctuation],
        ["Pc"] = [UnicodeCategory.ConnectorPunctuation],
        ["Pd"] = [UnicodeCategory.DashPunctuation],
        ["Pe"] = [UnicodeCategory.ClosePunctuation],
        ["Pf"] = [UnicodeCategory.FinalQuotePunctuation],
        ["Pi"] = [UnicodeCategory.InitialQuotePunctuation],
        ["Po"] = [UnicodeCategory.OtherPunctuation],
        ["Ps"] = [UnicodeCategory.OpenPunctuation],
        ["S"] = [UnicodeCategory.MathSymbol, UnicodeCategory.CurrencySymbol, UnicodeCategory.ModifierSymbol, UnicodeCategory.OtherSymbol],
        ["Sc"] = [UnicodeCategory.CurrencySymbol],
        ["Sk"] = [UnicodeCategory.ModifierSymbol],
        ["Sm"] = [UnicodeCategory.MathSymbol],
        ["So"] = [UnicodeCategory.OtherSymbol],
        ["Z"] = [UnicodeCategory.SpaceSeparator, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator],
        ["Zl"] = [UnicodeCategory.LineSeparator],
        ["Zp"] = [UnicodeCategory.ParagraphSeparator],
        ["Zs"] = [UnicodeCategory.SpaceSeparator],
    };

    private static readonly Lazy<List<int>[]> s_byCategory = new(BuildCategoryRanges);
    private static readonly Lazy<Dictionary<string, List<int>>> s_scripts = new(BuildScripts);

    /// <summary>Looks up a class name exactly as Go 1.19 does (case-sensitive, no aliases).</summary>
    public static List<int>? Find(string name)
    {
        if (string.Equals(name, "Any", StringComparison.Ordinal))
        {
            return [0, RuneRanges.MaxRune];
        }

        if (s_categories.TryGetValue(name, out var categories))
        {
            var ranges = new List<int>();
            foreach (var category in categories)
            {
                ranges.AddRange(s_byCategory.Value[(int)category]);
            }

            return RuneRanges.Clean(ranges);
        }

        return s_scripts.Value.TryGetValue(name, out var script) ? script : null;
    }

    private static List<int>[] BuildCategoryRanges()
    {
        var tables = new List<int>[(int)UnicodeCategory.OtherNotAssigned + 1];
        for (var i = 0; i < tables.Length; i++)
        {
            tables[i] = [];
        }

        var start = 0;
        var current = CharUnicodeInfo.GetUnicodeCategory(0);
        for (var c = 1; c <= RuneRanges.MaxRune + 1; c++)
        {
            var category = c <= RuneRanges.MaxRune ? CharUnicodeInfo.GetUnicodeCategory(c) : (UnicodeCategory)(-1);
            if (category != current)
            {
                tables[(int)current].Add(start);
                tables[(int)current].Add(c - 1);
                start = c;
                current = category;
            }
        }

        return tables;
    }

    private static Dictionary<string, List<int>> BuildScripts()
    {
        var scripts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var line in UnicodeData.Scripts.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var ranges = new List<int>();
            foreach (var item in line[(space + 1)..].Split(','))
            {
                var dash = item.IndexOf('-', StringComparison.Ordinal);
                var lo = int.Parse(dash < 0 ? item : item[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var hi = dash < 0 ? lo : int.Parse(item[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                ranges.Add(lo);
                ranges.Add(hi);
            }

            scripts[line[..space]] = ranges;
        }

        return scripts;
    }
}
