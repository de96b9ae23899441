namespace LogMetrics.Language.Patterns;

/// <summary>
/// A node of the RE2 syntax tree. Mutable because the parser rewrites nodes in place while it
/// folds literals and alternatives the way Go's parser does (the shape feeds capture typing).
/// </summary>
internal sealed class Re2Node
{
    public Re2Node(Re2Op op, Re2Flags flags)
    {
        Op = op;
        Flags = flags;
    }

    public Re2Op Op { get; set; }

    public Re2Flags Flags { get; set; }

    public List<Re2Node> Subs { get; set; } = [];

    /// <summary>Literal: the runes. CharClass: sorted, merged lo/hi pairs.</summary>
    public List<int> Runes { get; set; } = [];

    public int Min { get; set; }

    public int Max { get; set; }

    /// <summary>Capture (and LeftParen) group number; 0 for a non-capturing parenthesis.</summary>
    public int Cap { get; set; }

    public string? Name { get; set; }

    public bool IsNonGreedy => (Flags & Re2Flags.NonGreedy) != 0;

    public bool IsFoldCase => (Flags & Re2Flags.FoldCase) != 0;
}
