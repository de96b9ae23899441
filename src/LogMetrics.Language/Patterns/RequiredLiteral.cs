using System.Text;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// Finds text that every match of a pattern contains: the longest case-sensitive literal run that no
/// alternation, optional part or zero-minimum repetition can skip. A line without it cannot match, and an
/// ordinal substring search (vectorised) is far cheaper than a failed regex run that tries every start
/// position: the GPU job's <c>/([0-9]+[.][0-9]+)/</c> rejects three lines in four on their missing ".".
/// </summary>
internal static class RequiredLiteral
{
    public static string? Find(Re2Node root)
    {
        string? longest = null;
        foreach (var literal in Required(root))
        {
            if (literal.Length > (longest?.Length ?? 0))
            {
                longest = literal;
            }
        }

        return longest;
    }

    // Literals each of which occurs, contiguously, in the text any match of the node consumes.
    private static IEnumerable<string> Required(Re2Node node)
    {
        switch (node.Op)
        {
            case Re2Op.Literal when !node.IsFoldCase:
                return [Text(node)];
            case Re2Op.Capture:
            case Re2Op.Plus:
            case Re2Op.Repeat when node.Min >= 1:
                return Required(node.Subs[0]);
            case Re2Op.Concat:
                return InConcat(node.Subs);
            default:
                // Alternatives, optional parts, classes and anchors promise no particular text.
                return [];
        }
    }

    // Adjacent literals of a concatenation join into one run; anything else ends the run.
    private static List<string> InConcat(List<Re2Node> subs)
    {
        var found = new List<string>();
        var run = new StringBuilder();
        foreach (var sub in subs)
        {
            if (sub.Op == Re2Op.Literal && !sub.IsFoldCase)
            {
                run.Append(Text(sub));
                continue;
            }

            if (run.Length > 0)
            {
                found.Add(run.ToString());
                run.Clear();
            }

            found.AddRange(Required(sub));
        }

        if (run.Length > 0)
        {
            found.Add(run.ToString());
        }

        return found;
    }

    private static string Text(Re2Node literal)
    {
        var text = new StringBuilder(literal.Runes.Count);
        foreach (var rune in literal.Runes)
        {
            text.Append(char.ConvertFromUtf32(rune));
        }

        return text.ToString();
    }
}
