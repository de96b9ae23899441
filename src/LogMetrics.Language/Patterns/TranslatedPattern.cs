using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// An RE2 pattern rewritten for System.Text.RegularExpressions. Group number i of the .NET
/// regex is Go's group number i: named groups are emitted as plain groups, so names live here.
/// </summary>
public sealed class TranslatedPattern
{
    readonly Re2Node _root;

    internal TranslatedPattern(string source, string dotNetPattern, ImmutableArray<CaptureGroup> groups, string? requiredLiteral, Re2Node root)
    {
        _root = root;
        Source = source;
        DotNetPattern = dotNetPattern;
        Groups = groups;
        RequiredLiteral = requiredLiteral;
        BacktrackingRisk = BacktrackingAnalysis.Assess(root);
        HasWordBoundary = BacktrackingAnalysis.HasWordBoundary(root);
    }

    /// <summary>The RE2 pattern as written.</summary>
    public string Source { get; }

    /// <summary>The .NET pattern; use with <see cref="Options"/>.</summary>
    public string DotNetPattern { get; }

    /// <summary>
    /// Only CultureInvariant: case folding, anchors and dot are all spelled out in the pattern,
    /// so no option changes its meaning.
    /// </summary>
    public RegexOptions Options { get; } = RegexOptions.CultureInvariant;

    /// <summary>Every capturing group, ordered by Go index 1..n.</summary>
    public ImmutableArray<CaptureGroup> Groups { get; }

    /// <summary>
    /// Case-sensitive text that every match contains (the longest such literal run), or null. A line that
    /// does not contain it (ordinal search) cannot match, so callers may skip the regex.
    /// </summary>
    public string? RequiredLiteral { get; }

    /// <summary>How far a backtracking engine can blow up on this pattern; picks the engine at run time.</summary>
    public BacktrackingRisk BacktrackingRisk { get; }

    /// <summary>Whether the pattern uses <c>\b</c> or <c>\B</c>, which the .NET form spells with lookaround
    /// (so <see cref="RegexOptions.NonBacktracking"/> cannot run it).</summary>
    public bool HasWordBoundary { get; }

    /// <summary>
    /// The .NET pattern with only <paramref name="groups"/> (Go indexes) capturing, the others made
    /// non-capturing: the regex then records less, and a match allocates less. .NET group k+1 is the
    /// k-th kept group in ascending Go index; <paramref name="dotNetIndex"/> maps Go index to .NET index.
    /// </summary>
    public string DotNetPatternCapturing(IReadOnlySet<int> groups, out IReadOnlyDictionary<int, int> dotNetIndex)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var map = new Dictionary<int, int> { [0] = 0 };
        foreach (var index in groups.Where(g => g > 0).Order())
        {
            map[index] = map.Count;
        }
        dotNetIndex = map;
        return DotNetEmitter.Emit(_root, map.ContainsKey);
    }

    /// <summary>Finds the leftmost group with this name, as Go's SubexpIndex does.</summary>
    public bool TryGetGroupIndex(string name, out int index)
    {
        foreach (var group in Groups)
        {
            if (string.Equals(group.Name, name, StringComparison.Ordinal))
            {
                index = group.Index;
                return true;
            }
        }

        index = 0;
        return false;
    }
}
