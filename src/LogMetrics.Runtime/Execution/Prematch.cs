using System.Text.RegularExpressions;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// The outcome of one pattern on one line, computed ahead of the program (see <see cref="LinePrematcher"/>).
/// <see cref="Computed"/> false means "not known": the program then matches the pattern itself.
/// </summary>
internal struct PrematchResult
{
    public Match? Match;

    // Every group's text (by .NET group number), taken from Match on the matching thread: only read groups
    // capture, so all are needed, and the substrings are work the in-order thread then need not do.
    public string[]? Values;
    public bool Success;
    public bool Computed;
}

/// <summary>A pattern's regex with the text every match contains, checked first (see <c>RequiredLiteral</c>).</summary>
internal sealed class LinePattern(LineRegex regex, bool needsGroups, string? literal)
{
    public bool NeedsGroups { get; } = needsGroups;

    /// <summary>Equal for patterns that match every line alike (same .NET pattern, engine, groups and literal):
    /// programs that share a pattern have it matched once per line.</summary>
    public string Key { get; } = $"{needsGroups}\u0001{literal}\u0001{regex.Engine}\u0001{regex}";

    public bool IsMatch(LineContext context, string input) => MayMatch(input) && regex.IsMatch(context, input);

    public Match Match(LineContext context, string input) =>
        MayMatch(input) ? regex.Match(context, input) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Matches on any thread, without a line to fail; false when only the program may match this line.</summary>
    public bool TryMatchAhead(string input, out Match match)
    {
        if (!MayMatch(input))
        {
            match = System.Text.RegularExpressions.Match.Empty;
            return true;
        }
        return regex.TryMatchAhead(input, out match);
    }

    /// <summary>As <see cref="TryMatchAhead"/>, for a pattern whose groups nobody reads.</summary>
    public bool TryIsMatchAhead(string input, out bool isMatch)
    {
        if (!MayMatch(input))
        {
            isMatch = false;
            return true;
        }
        return regex.TryIsMatchAhead(input, out isMatch);
    }

    bool MayMatch(string input) => literal is null || input.Contains(literal, StringComparison.Ordinal);
}

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

    /// <summary>Matches one pattern against <paramref name="line"/>; safe to call from several threads at once.</summary>
    internal static void Run(LinePattern pattern, string line, ref PrematchResult result)
    {
        if (pattern.NeedsGroups && pattern.TryMatchAhead(line, out var match) && TryGroupValues(match, out var values))
        {
            result.Match = match;
            result.Success = match.Success;
            result.Values = values;
            result.Computed = true;
        }
        else if (!pattern.NeedsGroups && pattern.TryIsMatchAhead(line, out var isMatch))
        {
            result.Match = null;
            result.Values = null;
            result.Success = isMatch;
            result.Computed = true;
        }
        else
        {
            // A line the regex may give up on (a match budget) is left to the program, which can
            // count it as its runtime error.
            result = default;
        }
    }

    // Every group's text; false when the engine reported a group outside the input (a .NET linear-engine
    // fault the property tests found), which the program then meets and reports as the line's error.
    static bool TryGroupValues(Match match, out string[]? values)
    {
        values = null;
        if (!match.Success)
        {
            return true;
        }
        var groups = match.Groups;
        var texts = new string[groups.Count];
        try
        {
            for (var g = 0; g < texts.Length; g++)
            {
                texts[g] = groups[g].Value;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        values = texts;
        return true;
    }
}
