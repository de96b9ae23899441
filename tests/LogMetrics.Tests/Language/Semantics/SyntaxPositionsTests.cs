using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Tests.Language.Parsing;
using LogMetrics.Tests.Language.Robustness;

namespace LogMetrics.Tests.Language.Semantics;

/// <summary>The checker's non-recursive positions agree with the syntax nodes' own, node by node.</summary>
public sealed class SyntaxPositionsTests
{
    public static TheoryData<string> Programs => new(SeedPrograms.All.Concat(
    [
        "/a/ +\n  /b/ {\n  x[1,\n  2]++\n} else {\n  y = ~\n  1\n}\notherwise {\n  del m[$1] after 1h\n}\n",
        "def d {\n  next\n}\n@d {\n  x = 1 +\n  (2 *\n  3)\n}\n",
    ]));

    [Theory]
    [MemberData(nameof(Programs))]
    public void Every_node_has_the_same_position_both_ways(string program)
    {
        var (tree, _) = FrontEnd.Parse(program);
        var checkedNodes = 0;
        foreach (var node in Nodes(tree))
        {
            if (node is ExprSyntax e)
            {
                SyntaxPositions.Of(e).Should().Be(e.Position, e.ToString());
            }
            else
            {
                SyntaxPositions.Of((StmtSyntax)node).Should().Be(node.Pos);
            }
            checkedNodes++;
        }
        checkedNodes.Should().BeGreaterThan(10);
    }

    static IEnumerable<SyntaxNode> Nodes(SyntaxNode node)
    {
        yield return node;
        IEnumerable<SyntaxNode> children = node switch
        {
            BlockSyntax b => b.Statements,
            CondSyntax c => c.Else is null ? [c.Condition, c.Then] : [c.Condition, c.Then, c.Else],
            OtherwiseSyntax o => [o.Then],
            ExprStmtSyntax e => [e.Expr],
            DefSyntax d => [d.Body],
            DecoratedSyntax d => [d.Body],
            DelSyntax d => [d.Target],
            ConstSyntax c => [c.Pattern],
            BinarySyntax b => [b.Left, b.Right],
            UnarySyntax u => [u.Operand],
            PatternSyntax p => [p.Expr],
            IndexedSyntax i => i.Keys,
            BuiltinCallSyntax call => call.Args,
            _ => [],
        };
        foreach (var child in children.SelectMany(Nodes))
        {
            yield return child;
        }
    }
}
