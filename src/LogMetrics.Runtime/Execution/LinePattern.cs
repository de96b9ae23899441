using System.Text.RegularExpressions;

namespace LogMetrics.Runtime.Execution;

/// <summary>A pattern's regex with the text every match contains, checked first (see <c>RequiredLiteral</c>).</summary>
internal sealed class LinePattern(LineRegex regex, bool needsGroups, string? literal)
{
    public bool NeedsGroups { get; } = needsGroups;

    /// <summary>Equal for patterns that match every line alike (same .NET pattern, engine, groups and literal):
    /// programs that share a pattern have it matched once per line.</summary>
    public string Key { get; } = $"{needsGroups}\u0001{literal}\u0001{regex.Engine}\u0001{regex}";

    public LineRegex Regex { get; } = regex;

    public bool IsMatch(LineContext context, string input) => MayMatch(input) && Regex.IsMatch(context, input);

    public Match Match(LineContext context, string input) =>
        MayMatch(input) ? Regex.Match(context, input) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>False when the line lacks the text every match contains, so the regex need not run.</summary>
    public bool MayMatch(string input) => literal is null || input.Contains(literal, StringComparison.Ordinal);
}
