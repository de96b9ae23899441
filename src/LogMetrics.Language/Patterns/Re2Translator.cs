using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// Translates mtail regular expressions (Go RE2 syntax, syntax.Perl flags, as in Go 1.19) into
/// .NET patterns with the same matches and group numbers, plus mtail's capture types.
/// </summary>
public static class Re2Translator
{
    /// <summary>
    /// Translates <paramref name="pattern"/>. Never throws: invalid patterns yield Go's error text,
    /// e.g. <c>error parsing regexp: missing closing ): `foo(`</c>.
    /// </summary>
    public static bool TryTranslate(
        string pattern,
        [NotNullWhen(true)] out TranslatedPattern? result,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        result = null;
        Re2Node root;
        try
        {
            root = Re2Parser.Parse(pattern);
        }
        catch (Re2SyntaxException ex)
        {
            error = ex.Message;
            return false;
        }

        var simplified = Re2Simplifier.Simplify(root);
        var groups = ImmutableArray.CreateBuilder<CaptureGroup>();
        foreach (var (index, name) in CaptureNames(root))
        {
            groups.Add(new CaptureGroup(index, name, CaptureTypeInference.Infer(simplified, index)));
        }

        result = new TranslatedPattern(pattern, DotNetEmitter.Emit(root), groups.ToImmutable(), RequiredPrefix(root), root);
        error = null;
        return true;
    }

    /// <summary>Every capture of the tree by group number (parse order equals Go's numbering).</summary>
    private static SortedDictionary<int, string?> CaptureNames(Re2Node root)
    {
        var names = new SortedDictionary<int, string?>();
        var pending = new Stack<Re2Node>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var re = pending.Pop();
            if (re.Op == Re2Op.Capture)
            {
                names[re.Cap] = re.Name;
            }

            foreach (var sub in re.Subs)
            {
                pending.Push(sub);
            }
        }

        return names;
    }

    /// <summary>
    /// Literal text that must open every match when the pattern starts with a text anchor
    /// (^ without (?m), or \A) followed by case-sensitive literals.
    /// </summary>
    private static string? RequiredPrefix(Re2Node root)
    {
        if (root.Op != Re2Op.Concat || root.Subs.Count < 2 || root.Subs[0].Op != Re2Op.BeginText)
        {
            return null;
        }

        var prefix = new StringBuilder();
        foreach (var sub in root.Subs.Skip(1))
        {
            if (sub.Op != Re2Op.Literal || sub.IsFoldCase)
            {
                break;
            }

            foreach (var r in sub.Runes)
            {
                prefix.Append(char.ConvertFromUtf32(r));
            }
        }

        return prefix.Length == 0 ? null : prefix.ToString();
    }
}
