using System.Collections.Immutable;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Semantics;

/// <summary>
/// <see cref="ExprSyntax.Position"/> without recursion. The parser builds operator chains
/// (<c>a + a + …</c>, <c>x++++</c>, <c>/a/ + /b/ + …</c>) in loops, so a long line makes a tree as
/// deep as it has operators, and the recursive property would overflow the stack on it. The rules
/// are the records' own: a binary node merges its operands, a unary node its operator position and
/// operand, a pattern is its expression, an indexed name merges its name and keys.
/// </summary>
public static class SyntaxPositions
{
    public static SourcePos Of(ExprSyntax root)
    {
        // Post-order over the nodes whose position depends on children; leaves are read directly.
        var work = new Stack<(ExprSyntax Node, bool Expanded)>();
        var values = new Stack<SourcePos>();
        work.Push((root, false));
        while (work.Count > 0)
        {
            var (node, expanded) = work.Pop();
            if (!expanded)
            {
                work.Push((node, true));
                // Pushed last to first, so the first child is evaluated first.
                var children = Children(node);
                for (var c = children.Length - 1; c >= 0; c--)
                {
                    work.Push((children[c], false));
                }
                continue;
            }
            values.Push(Combine(node, values));
        }
        return values.Pop();
    }

    /// <summary>A statement's position; statements nest only as deep as the parser allows, expressions are walked iteratively.</summary>
    public static SourcePos? Of(StmtSyntax statement) => statement switch
    {
        BlockSyntax b => OfStatements(b.Statements),
        CondSyntax c => SourcePos.Merge(SourcePos.Merge(Of(c.Condition), Of(c.Then)), c.Else is null ? null : Of(c.Else)),
        OtherwiseSyntax o => SourcePos.Merge(o.P, Of(o.Then)),
        ExprStmtSyntax e => Of(e.Expr),
        DefSyntax d => SourcePos.Merge(d.P, Of(d.Body)),
        DecoratedSyntax d => SourcePos.Merge(d.P, Of(d.Body)),
        _ => statement.Pos,
    };

    /// <summary>The position of a list (a block's statements, an index or argument list): merged right to left, null when empty.</summary>
    public static SourcePos? OfList(ImmutableArray<ExprSyntax> items)
    {
        SourcePos? result = null;
        for (var i = items.Length - 1; i >= 0; i--)
        {
            result = SourcePos.Merge(Of(items[i]), result);
        }
        return result;
    }

    static SourcePos? OfStatements(ImmutableArray<StmtSyntax> items)
    {
        SourcePos? result = null;
        for (var i = items.Length - 1; i >= 0; i--)
        {
            result = SourcePos.Merge(Of(items[i]), result);
        }
        return result;
    }

    static ImmutableArray<ExprSyntax> Children(ExprSyntax node) => node switch
    {
        BinarySyntax b => [b.Left, b.Right],
        UnarySyntax u => [u.Operand],
        PatternSyntax p => [p.Expr],
        IndexedSyntax i => i.Keys,
        _ => [],
    };

    static SourcePos Combine(ExprSyntax node, Stack<SourcePos> values)
    {
        switch (node)
        {
            case BinarySyntax:
                var right = values.Pop();
                var left = values.Pop();
                return SourcePos.Merge(left, right);
            case UnarySyntax u:
                return SourcePos.Merge(u.P, values.Pop());
            case PatternSyntax:
                return values.Pop();
            case IndexedSyntax i when i.Keys.IsEmpty:
                return i.Target.P;
            case IndexedSyntax i:
                // Keys merge right to left, as mtail merges a list: Merge(k0, Merge(k1, …)).
                SourcePos? keys = null;
                for (var k = 0; k < i.Keys.Length; k++)
                {
                    keys = SourcePos.Merge(values.Pop(), keys);
                }
                return SourcePos.Merge(i.Target.P, keys!.Value);
            default:
                return node.Position;
        }
    }
}
