using System.Text;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// Writes a syntax tree as a .NET pattern with RE2 meaning and no reliance on RegexOptions:
/// anchors, dot, case folding, \b and classes are spelled out (ASCII word characters, Go's case
/// orbits, whole code points for astral characters). Only plain groups capture, so .NET's group
/// numbers equal Go's; every other parenthesis is (?:...).
/// </summary>
internal static class DotNetEmitter
{
    private const string WordClass = "[0-9A-Za-z_]";

    public static string Emit(Re2Node root) => Emit(root, null);

    /// <summary>Emits with only the groups <paramref name="keep"/> accepts capturing (the others become <c>(?:…)</c>).</summary>
    public static string Emit(Re2Node root, Func<int, bool>? keep)
    {
        var sb = new StringBuilder();
        Emit(root, sb, keep);
        return sb.ToString();
    }

    private static void Emit(Re2Node re, StringBuilder sb, Func<int, bool>? keep)
    {
        switch (re.Op)
        {
            case Re2Op.NoMatch:
                ClassEmitter.Emit([], sb);
                break;
            case Re2Op.EmptyMatch:
                sb.Append("(?:)");
                break;
            case Re2Op.Literal:
                foreach (var r in re.Runes)
                {
                    EmitRune(r, re.IsFoldCase, sb);
                }

                break;
            case Re2Op.CharClass:
                ClassEmitter.Emit(re.Runes, sb);
                break;
            case Re2Op.AnyCharNotNL:
                ClassEmitter.Emit([0, '\n' - 1, '\n' + 1, RuneRanges.MaxRune], sb);
                break;
            case Re2Op.AnyChar:
                ClassEmitter.Emit([0, RuneRanges.MaxRune], sb);
                break;
            case Re2Op.BeginLine:
                sb.Append("(?m:^)");
                break;
            case Re2Op.EndLine:
                sb.Append("(?m:$)");
                break;
            case Re2Op.BeginText:
                sb.Append(@"\A");
                break;
            case Re2Op.EndText:
                // Not "$": .NET's $ also matches before a final '\n'.
                sb.Append(@"\z");
                break;
            case Re2Op.WordBoundary:
                sb.Append($"(?:(?<={WordClass})(?!{WordClass})|(?<!{WordClass})(?={WordClass}))");
                break;
            case Re2Op.NoWordBoundary:
                sb.Append($"(?:(?<={WordClass})(?={WordClass})|(?<!{WordClass})(?!{WordClass}))");
                break;
            case Re2Op.Capture:
                sb.Append(keep is null || keep(re.Cap) ? "(" : "(?:");
                Emit(re.Subs[0], sb, keep);
                sb.Append(')');
                break;
            case Re2Op.Star or Re2Op.Plus or Re2Op.Quest or Re2Op.Repeat:
                EmitRepetition(re, sb, keep);
                break;
            case Re2Op.Concat:
                foreach (var sub in re.Subs)
                {
                    Emit(sub, sb, keep);
                }

                break;
            case Re2Op.Alternate:
                sb.Append("(?:");
                for (var i = 0; i < re.Subs.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('|');
                    }

                    Emit(re.Subs[i], sb, keep);
                }

                sb.Append(')');
                break;
        }
    }

    // The code points a one-character node matches, or null for any other node.
    private static List<int>? ClassRanges(Re2Node re) => re.Op switch
    {
        Re2Op.CharClass => re.Runes,
        Re2Op.AnyCharNotNL => [0, '\n' - 1, '\n' + 1, RuneRanges.MaxRune],
        Re2Op.AnyChar => [0, RuneRanges.MaxRune],
        _ => null,
    };

    private static void EmitRepetition(Re2Node re, StringBuilder sb, Func<int, bool>? keep)
    {
        var sub = re.Subs[0];
        if (re.Op is Re2Op.Star or Re2Op.Plus && ClassRanges(sub) is { } ranges && ClassEmitter.TryEmitUnbounded(ranges, sb))
        {
            // A run of whole code points: a single set loop, much faster than the pair alternation.
        }
        else if (IsAtom(sub))
        {
            Emit(sub, sb, keep);
        }
        else
        {
            sb.Append("(?:");
            Emit(sub, sb, keep);
            sb.Append(')');
        }

        switch (re.Op)
        {
            case Re2Op.Star:
                sb.Append('*');
                break;
            case Re2Op.Plus:
                sb.Append('+');
                break;
            case Re2Op.Quest:
                sb.Append('?');
                break;
            default:
                sb.Append('{').Append(re.Min);
                if (re.Max != re.Min)
                {
                    sb.Append(',');
                    if (re.Max >= 0)
                    {
                        sb.Append(re.Max);
                    }
                }

                sb.Append('}');
                break;
        }

        // The node's NonGreedy flag already has (?U) applied (Go flips it for a trailing '?').
        if (re.IsNonGreedy)
        {
            sb.Append('?');
        }
    }

    /// <summary>Nodes whose emitted text a quantifier can follow without extra grouping.</summary>
    private static bool IsAtom(Re2Node re) => re.Op switch
    {
        Re2Op.Literal => re.Runes.Count == 1 && re.Runes[0] <= 0xFFFF && (!re.IsFoldCase || CaseFolding.Orbit(re.Runes[0]).Count == 1),
        Re2Op.CharClass or Re2Op.AnyChar or Re2Op.AnyCharNotNL or Re2Op.NoMatch => true,
        Re2Op.Capture => true,
        _ => false,
    };

    private static void EmitRune(int r, bool fold, StringBuilder sb)
    {
        if (fold)
        {
            var orbit = CaseFolding.Orbit(r);
            if (orbit.Count > 1)
            {
                var ranges = new List<int>();
                foreach (var member in orbit)
                {
                    RuneRanges.AppendRange(ranges, member, member);
                }

                ClassEmitter.Emit(RuneRanges.Clean(ranges), sb);
                return;
            }
        }

        if (r > 0xFFFF)
        {
            foreach (var unit in char.ConvertFromUtf32(r))
            {
                ClassEmitter.AppendUnit(unit, sb);
            }

            return;
        }

        var c = (char)r;
        if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or '-' or ',' or ':' or '/' or '=' or '@' or '%' or '"' or '\'' or '<' or '>' or '!' or '&' or '~' or ';')
        {
            sb.Append(c);
        }
        else if (c is '\\' or '*' or '+' or '?' or '|' or '{' or '}' or '(' or ')' or '[' or ']' or '^' or '$' or '.' or '#')
        {
            sb.Append('\\').Append(c);
        }
        else
        {
            ClassEmitter.AppendUnit(c, sb);
        }
    }
}
