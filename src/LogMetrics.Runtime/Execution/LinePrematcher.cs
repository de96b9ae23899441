using System.Text.RegularExpressions;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// The patterns a program matches against every line before anything else can happen: the conditions of
/// its top-level blocks (<c>/re/ { … }</c>). Matching is a pure function of the line, so these can be
/// matched for many lines at once on other cores while the program itself runs lines strictly in order;
/// for most programs they are almost all of a line's work. Patterns inside blocks are matched by the
/// program as it reaches them, since matching them for every line could be wasted work.
/// </summary>
public sealed class LinePrematcher
{
    readonly LinePattern[] _patterns;

    internal LinePrematcher(LinePattern[] patterns) => _patterns = patterns;

    /// <summary>How many results one line has.</summary>
    public int Count => _patterns.Length;

    internal IReadOnlyList<LinePattern> Patterns => _patterns;

    /// <summary>
    /// Matches one pattern against <paramref name="line"/>; safe to call from several threads at once. A line the
    /// regex may give up on (a match budget), or on which the engine faults, is left uncomputed: the program
    /// matches it itself and can count it as its runtime error.
    /// </summary>
    internal static void Run(LinePattern pattern, string line, ref PrematchResult result)
    {
        result = default;
        if (!pattern.MayMatch(line))
        {
            result.Match = pattern.NeedsGroups ? Match.Empty : null;
            result.Computed = true;
            return;
        }
        if (pattern.Regex.AheadFor(line) is not { } regex)
        {
            return;
        }
        try
        {
            if (pattern.NeedsGroups)
            {
                var match = regex.Match(line);
                result.Values = match.Success ? GroupValues(match) : null;
                result.Match = match;
                result.Success = match.Success;
            }
            else
            {
                result.Success = regex.IsMatch(line);
            }
            result.Computed = true;
        }
        catch (Exception e) when (LineRegex.IsEngineFault(e))
        {
            result = default;
        }
    }

    // Every group's text. Reading one can throw when the engine placed it outside the input (a .NET
    // linear-engine fault the property tests found): an engine fault, as above.
    static string[] GroupValues(Match match)
    {
        var groups = match.Groups;
        var values = new string[groups.Count];
        for (var g = 0; g < values.Length; g++)
        {
            values[g] = groups[g].Value;
        }
        return values;
    }
}
