using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

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

        result = new TranslatedPattern(pattern, DotNetEmitter.Emit(root), groups.ToImmutable(), RequiredLiteral.Find(root), root);
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
}
