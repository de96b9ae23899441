using System.Collections.Immutable;
using System.Diagnostics;

namespace LogMetrics.Language.Syntax;

/// <summary>
/// Visits every node of a tree, parents before children and children in source order. Override
/// <see cref="Visit"/> to act on nodes; call the base to go on into the children.
/// </summary>
public abstract class SyntaxWalker
{
    public virtual void Visit(SyntaxNode node)
    {
        foreach (var child in ChildrenOf(node))
        {
            Visit(child);
        }
    }

    /// <summary>
    /// The direct children of a node, in source order. Every node type is listed here, so a new
    /// one fails loudly (and the exhaustiveness test names it) instead of being skipped.
    /// </summary>
    public static ImmutableArray<SyntaxNode> ChildrenOf(SyntaxNode node) => node switch
    {
        BlockSyntax b => [.. b.Statements],
        CondSyntax c => c.Else is null ? [c.Condition, c.Then] : [c.Condition, c.Then, c.Else],
        OtherwiseSyntax o => [o.Then],
        ExprStmtSyntax e => [e.Expr],
        ConstSyntax c => [c.Name, c.Pattern],
        DefSyntax d => [d.Body],
        DecoratedSyntax d => [d.Body],
        DelSyntax d => [d.Target],
        DeclSyntax or NextSyntax or StopSyntax or LogFilterSyntax or InvalidSyntax => [],
        IndexedSyntax i => [i.Target, .. i.Keys],
        BuiltinCallSyntax call => [.. call.Args],
        BinarySyntax b => [b.Left, b.Right],
        UnarySyntax u => [u.Operand],
        PatternSyntax p => [p.Expr],
        IdSyntax or CaprefSyntax or StringSyntax or IntSyntax or FloatSyntax or RegexSyntax => [],
        _ => throw new UnreachableException($"unhandled syntax node {node.GetType().Name}"),
    };
}
