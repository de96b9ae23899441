using System.Text;

namespace LogMetrics.DiffTest.Generation;

/// <summary>
/// One line of a generated program, or a block with its statements (and an optional else branch).
/// Programs are kept as trees rather than text so the shrinker can drop any statement whole.
/// </summary>
public sealed class Node
{
    public Node(string text, bool isBlock = false)
    {
        Text = text;
        IsBlock = isBlock;
    }

    /// <summary>Nodes that stay together and in order at one level (a const and the block using it).</summary>
    public static Node Group(params Node[] nodes)
    {
        var group = new Node("") { IsGroup = true };
        group.Children.AddRange(nodes);
        return group;
    }

    public bool IsGroup { get; private init; }

    /// <summary>The line, or a block's header without its opening brace.</summary>
    public string Text { get; }

    public bool IsBlock { get; }

    public List<Node> Children { get; } = [];

    public List<Node>? Else { get; set; }

    public Node Clone()
    {
        var copy = new Node(Text, IsBlock) { IsGroup = IsGroup };
        copy.Children.AddRange(Children.Select(c => c.Clone()));
        copy.Else = Else?.Select(c => c.Clone()).ToList();
        return copy;
    }

    public void Render(StringBuilder sb, int depth)
    {
        var indent = new string(' ', depth * 2);
        if (IsGroup)
        {
            foreach (var child in Children)
            {
                child.Render(sb, depth);
            }
            return;
        }
        if (!IsBlock)
        {
            sb.Append(indent).Append(Text).Append('\n');
            return;
        }
        sb.Append(indent).Append(Text).Append(" {\n");
        foreach (var child in Children)
        {
            child.Render(sb, depth + 1);
        }
        if (Else is { } otherwise)
        {
            sb.Append(indent).Append("} else {\n");
            foreach (var child in otherwise)
            {
                child.Render(sb, depth + 1);
            }
        }
        sb.Append(indent).Append("}\n");
    }
}

/// <summary>A generated program: its top-level nodes (declarations first) and its name.</summary>
public sealed class GeneratedProgram(string name, List<Node> top)
{
    public string Name { get; } = name;

    public List<Node> Top { get; } = top;

    /// <summary>Text that replaces the rendering: a deliberately invalid program is kept as text.</summary>
    public string? RawText { get; init; }

    public GeneratedProgram Clone() => new(Name, Top.Select(n => n.Clone()).ToList()) { RawText = RawText };

    public string Render()
    {
        if (RawText is not null)
        {
            return RawText;
        }
        var sb = new StringBuilder();
        foreach (var node in Top)
        {
            node.Render(sb, 0);
        }
        return sb.ToString();
    }
}

/// <summary>One generated case: a program and the log lines written for it.</summary>
public sealed record GeneratedCase(int Index, GeneratedProgram Program, IReadOnlyList<string> Lines, bool Invalid);
