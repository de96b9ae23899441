using LogMetrics.Language.Text;

namespace LogMetrics.Language.Syntax;

/// <summary>
/// A node of the syntax tree. Nodes know their children and their position, nothing else:
/// checking and execution live in later stages. <see cref="Pos"/> is the position mtail reports
/// for the node (its rules are quirky, and diagnostics must point where mtail points); it is
/// null only for an empty block.
/// </summary>
public abstract record SyntaxNode
{
    public abstract SourcePos? Pos { get; }
}

/// <summary>An expression.</summary>
public abstract record ExprSyntax : SyntaxNode
{
    public sealed override SourcePos? Pos => Position;

    /// <summary>The non-null position of an expression.</summary>
    public abstract SourcePos Position { get; }
}

/// <summary>A statement.</summary>
public abstract record StmtSyntax : SyntaxNode;
