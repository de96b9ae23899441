using System.Collections.Immutable;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Syntax;

/// <summary>A <c>{ … }</c> block, or a whole program: a statement list with its own scope.</summary>
public sealed record BlockSyntax(ImmutableArray<StmtSyntax> Statements) : StmtSyntax
{
    public override SourcePos? Pos => Nodes.MergeAll(Statements);
}

/// <summary><c>cond { … } [else { … }]</c>.</summary>
public sealed record CondSyntax(ExprSyntax Condition, BlockSyntax Then, BlockSyntax? Else) : StmtSyntax
{
    public override SourcePos? Pos => SourcePos.Merge(SourcePos.Merge(Condition.Position, Then.Pos), Else?.Pos);
}

/// <summary><c>otherwise { … }</c>: runs when no earlier sibling condition's block ran for this line.</summary>
public sealed record OtherwiseSyntax(SourcePos P, BlockSyntax Then) : StmtSyntax
{
    public override SourcePos? Pos => SourcePos.Merge(P, Then.Pos);
}

/// <summary>An expression used as a statement: an assignment, <c>x++</c>, or a call.</summary>
public sealed record ExprStmtSyntax(ExprSyntax Expr) : StmtSyntax
{
    public override SourcePos? Pos => Expr.Position;
}

/// <summary>A metric declaration.</summary>
public sealed record DeclSyntax(
    SourcePos P,
    MetricKindSyntax Kind,
    string Name,
    bool Hidden,
    ImmutableArray<string> Keys,
    string? ExportedName,
    ImmutableArray<double> Buckets,
    long? Limit) : StmtSyntax
{
    public override SourcePos? Pos => P;
}

public enum MetricKindSyntax
{
    Counter,
    Gauge,
    Timer,
    Text,
    Histogram,
}

/// <summary><c>const NAME /re/ + …</c>: a named pattern fragment.</summary>
public sealed record ConstSyntax(IdSyntax Name, ExprSyntax Pattern) : StmtSyntax
{
    public override SourcePos? Pos => Name.P;
}

/// <summary><c>def NAME { … next … }</c>: a decorator definition.</summary>
public sealed record DefSyntax(SourcePos P, string Name, BlockSyntax Body) : StmtSyntax
{
    public override SourcePos? Pos => SourcePos.Merge(P, Body.Pos);
}

/// <summary><c>@NAME { … }</c>: a block wrapped by a decorator.</summary>
public sealed record DecoratedSyntax(SourcePos P, string Name, BlockSyntax Body) : StmtSyntax
{
    public override SourcePos? Pos => SourcePos.Merge(P, Body.Pos);
}

/// <summary><c>del m[k] [after DURATION]</c>.</summary>
public sealed record DelSyntax(SourcePos P, ExprSyntax Target, long? ExpiryNanos, string? ExpirySpelling) : StmtSyntax
{
    public override SourcePos? Pos => P;
}

public sealed record NextSyntax(SourcePos P) : StmtSyntax
{
    public override SourcePos? Pos => P;
}

public sealed record StopSyntax(SourcePos P) : StmtSyntax
{
    public override SourcePos? Pos => P;
}

/// <summary><c>log_filter "path", …</c> (mtail 3.2+): the program sees only lines from these logs.</summary>
public sealed record LogFilterSyntax(SourcePos P, ImmutableArray<string> Paths) : StmtSyntax
{
    public override SourcePos? Pos => P;
}

/// <summary>Input the lexer could not read, kept as a statement as mtail does (its error is reported).</summary>
public sealed record InvalidSyntax(SourcePos P, string Message) : StmtSyntax
{
    public override SourcePos? Pos => P;
}

static class Nodes
{
    public static SourcePos? MergeAll<T>(ImmutableArray<T> nodes)
        where T : SyntaxNode
    {
        // mtail merges right to left: Merge(first, Merge(second, …)).
        SourcePos? result = null;
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            result = SourcePos.Merge(nodes[i].Pos, result);
        }
        return result;
    }
}
