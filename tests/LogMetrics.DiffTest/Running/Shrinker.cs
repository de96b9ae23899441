using System.Text.RegularExpressions;
using LogMetrics.DiffTest.Generation;

namespace LogMetrics.DiffTest.Running;

/// <summary>
/// Shrinks a disagreeing case: drops log lines (halves, then single lines), then statements,
/// declarations and else branches, and unwraps blocks, keeping each step only while the two
/// implementations still disagree in the same way. Bounded by a number of runs.
/// </summary>
public sealed partial class Shrinker(Func<GeneratedProgram, IReadOnlyList<string>, bool> stillDisagrees, int maxRuns = 200)
{
    int _runs;

    public int Runs => _runs;

    public (GeneratedProgram Program, List<string> Lines) Shrink(GeneratedProgram program, IReadOnlyList<string> lines)
    {
        var currentLines = lines.ToList();
        var current = program;
        bool changed;
        do
        {
            changed = false;
            changed |= ShrinkLines(current, currentLines);
            if (current.RawText is null ? ShrinkProgram(ref current, currentLines) : ShrinkText(ref current, currentLines))
            {
                changed = true;
            }
        }
        while (changed && _runs < maxRuns);
        return (current, currentLines);
    }

    bool Test(GeneratedProgram program, IReadOnlyList<string> lines)
    {
        if (_runs >= maxRuns)
        {
            return false;
        }
        _runs++;
        return stillDisagrees(program, lines);
    }

    bool ShrinkLines(GeneratedProgram program, List<string> lines)
    {
        var changed = false;
        for (var chunk = Math.Max(1, lines.Count / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start < lines.Count;)
            {
                var candidate = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                if (candidate.Count < lines.Count && Test(program, candidate))
                {
                    lines.RemoveRange(start, Math.Min(chunk, lines.Count - start));
                    changed = true;
                }
                else
                {
                    start += chunk;
                }
            }
            if (chunk == 1)
            {
                break;
            }
        }
        return changed;
    }

    // An invalid program is text: drop its lines one at a time.
    bool ShrinkText(ref GeneratedProgram program, List<string> lines)
    {
        var changed = false;
        var text = program.RawText!.TrimEnd('\n').Split('\n').ToList();
        for (var i = 0; i < text.Count;)
        {
            var candidate = new GeneratedProgram(program.Name, []) { RawText = string.Concat(text.Where((_, j) => j != i).Select(l => l + "\n")) };
            if (Test(candidate, lines))
            {
                program = candidate;
                text.RemoveAt(i);
                changed = true;
            }
            else
            {
                i++;
            }
        }
        return changed;
    }

    bool ShrinkProgram(ref GeneratedProgram program, List<string> lines)
    {
        var changed = false;
        for (var i = 0; ; i++)
        {
            var edits = Edits(program).ToList();
            if (i >= edits.Count)
            {
                return changed;
            }
            var candidate = edits[i]();
            if (Test(candidate, lines))
            {
                program = candidate;
                changed = true;
                i--;
            }
        }
    }

    // Every single-step simplification of the program, each as a function making the edited copy.
    // A declaration goes with every statement naming it: alone, either would not compile.
    static IEnumerable<Func<GeneratedProgram>> Edits(GeneratedProgram program)
    {
        foreach (var node in program.Top)
        {
            if (DeclaredName().Match(node.Text) is { Success: true } declared)
            {
                var name = declared.Groups["name"].Value;
                var use = new Regex(@"(?<![\w@])@?" + Regex.Escape(name) + @"\b");
                yield return () =>
                {
                    var copy = program.Clone();
                    RemoveWhere(copy.Top, n => use.IsMatch(n.Text));
                    return copy;
                };
            }
        }
        var paths = new List<(List<int> Path, Node Node)>();
        Collect(program.Top, [], paths);
        foreach (var (path, node) in paths)
        {
            yield return () => Edit(program, path, (list, index) => list.RemoveAt(index));
            if (node.IsBlock || node.IsGroup)
            {
                yield return () => Edit(program, path, (list, index) =>
                {
                    var children = list[index].Children;
                    list.RemoveAt(index);
                    list.InsertRange(index, children);
                });
            }
            if (node.Else is not null)
            {
                yield return () => Edit(program, path, (list, index) => list[index].Else = null);
            }
        }
    }

    static void RemoveWhere(List<Node> nodes, Func<Node, bool> predicate)
    {
        nodes.RemoveAll(n => predicate(n));
        foreach (var node in nodes)
        {
            RemoveWhere(node.Children, predicate);
            if (node.Else is { } otherwise)
            {
                RemoveWhere(otherwise, predicate);
            }
        }
    }

    [GeneratedRegex(@"^(?:hidden )?(?:counter|gauge|timer|text|histogram|def) (?<name>\w+)")]
    private static partial Regex DeclaredName();

    static void Collect(List<Node> nodes, List<int> prefix, List<(List<int>, Node)> into)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = new List<int>(prefix) { i };
            into.Add((path, nodes[i]));
            Collect(nodes[i].Children, [.. path, 0], into);
            if (nodes[i].Else is { } otherwise)
            {
                Collect(otherwise, [.. path, 1], into);
            }
        }
    }

    // A path alternates child index and branch (0 = children, 1 = else): [i, branch, j, branch, k…].
    static GeneratedProgram Edit(GeneratedProgram program, List<int> path, Action<List<Node>, int> edit)
    {
        var copy = program.Clone();
        var list = copy.Top;
        for (var p = 0; p < path.Count - 1; p += 2)
        {
            var node = list[path[p]];
            list = path[p + 1] == 0 ? node.Children : node.Else!;
        }
        edit(list, path[^1]);
        return copy;
    }
}
