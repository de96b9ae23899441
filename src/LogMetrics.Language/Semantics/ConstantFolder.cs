using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

/// <summary>
/// mtail's optimiser: folds arithmetic on two numeric literals before checking. A literal
/// division or modulo by zero is a compile error here ("divide by zero", "mod by zero").
/// Returns the same node objects where nothing changed.
/// </summary>
public sealed class ConstantFolder(string file, DiagnosticBag diagnostics)
{
    public BlockSyntax Fold(BlockSyntax block)
    {
        var statements = block.Statements.Select(FoldStatement).ToImmutableArray();
        return Same(statements, block.Statements) ? block : block with { Statements = statements };
    }

    StmtSyntax FoldStatement(StmtSyntax statement) => statement switch
    {
        BlockSyntax b => Fold(b),
        CondSyntax c => c with { Condition = FoldExpr(c.Condition), Then = Fold(c.Then), Else = c.Else is null ? null : Fold(c.Else) },
        OtherwiseSyntax o => o with { Then = Fold(o.Then) },
        ExprStmtSyntax e => FoldExprStmt(e),
        DefSyntax d => d with { Body = Fold(d.Body) },
        DecoratedSyntax d => d with { Body = Fold(d.Body) },
        _ => statement,
    };

    // Folds once: folding reports division by zero, so a second fold would report it twice.
    ExprStmtSyntax FoldExprStmt(ExprStmtSyntax e)
    {
        var folded = FoldExpr(e.Expr);
        return Same(folded, e.Expr) ? e : e with { Expr = folded };
    }

    static bool Same(ExprSyntax a, ExprSyntax b) => ReferenceEquals(a, b);

    // Node identity, not record equality: the latter compares whole subtrees, recursively.
    static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b)
        where T : class
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    ExprSyntax FoldExpr(ExprSyntax expr)
    {
        // An operator chain can be deeper than the stack allows; such a tree is past any sane
        // -max_recursion_depth, which the checker reports, so its deepest part stays unfolded.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return expr;
        }
        switch (expr)
        {
            case BinarySyntax b:
                var left = FoldExpr(b.Left);
                var right = FoldExpr(b.Right);
                var rebuilt = Same(left, b.Left) && Same(right, b.Right) ? b : b with { Left = left, Right = right };
                return FoldBinary(rebuilt) ?? rebuilt;
            case UnarySyntax u:
                var operand = FoldExpr(u.Operand);
                return Same(operand, u.Operand) ? u : u with { Operand = operand };
            case BuiltinCallSyntax call:
                var args = call.Args.Select(FoldExpr).ToImmutableArray();
                return Same(args, call.Args) ? call : call with { Args = args };
            case IndexedSyntax indexed:
                var keys = indexed.Keys.Select(FoldExpr).ToImmutableArray();
                return Same(keys, indexed.Keys) ? indexed : indexed with { Keys = keys };
            default:
                return expr;
        }
    }

    ExprSyntax? FoldBinary(BinarySyntax b)
    {
        if (b.Left is not (IntSyntax or FloatSyntax) || b.Right is not (IntSyntax or FloatSyntax))
        {
            return null;
        }
        // Only now, with two literal operands, is the position cheap: a chain's is not.
        var pos = b.Position;
        switch (b.Left, b.Right)
        {
            case (IntSyntax l, IntSyntax r):
                switch (b.Operator)
                {
                    case BinaryOperator.Add: return new IntSyntax(pos, l.Value + r.Value);
                    case BinaryOperator.Subtract: return new IntSyntax(pos, l.Value - r.Value);
                    case BinaryOperator.Multiply: return new IntSyntax(pos, l.Value * r.Value);
                    case BinaryOperator.Divide:
                        if (r.Value == 0)
                        {
                            Report(b, "divide by zero");
                            return null;
                        }
                        return new IntSyntax(pos, l.Value / r.Value);
                    case BinaryOperator.Modulo:
                        if (r.Value == 0)
                        {
                            Report(b, "mod by zero");
                            return null;
                        }
                        return new IntSyntax(pos, l.Value % r.Value);
                    case BinaryOperator.Power: return new IntSyntax(pos, Go.GoMath.PowInt(l.Value, r.Value));
                }
                return null;
            case (IntSyntax or FloatSyntax, IntSyntax or FloatSyntax):
                var x = Number(b.Left);
                var y = Number(b.Right);
                double? value = b.Operator switch
                {
                    BinaryOperator.Add => x + y,
                    BinaryOperator.Subtract => x - y,
                    BinaryOperator.Multiply => x * y,
                    BinaryOperator.Divide => y == 0 ? Report(b, "divide by zero") : x / y,
                    // mtail's folder gives 0 for an Int literal modulo a Float literal (`7 % 2.5`):
                    // a known rc50 bug that programs' numbers depend on, so it is kept.
                    BinaryOperator.Modulo when b.Left is IntSyntax => y == 0 ? Report(b, "mod by zero") : 0,
                    BinaryOperator.Modulo => y == 0 ? Report(b, "mod by zero") : x % y,
                    BinaryOperator.Power => Go.GoMath.Pow(x, y),
                    _ => null,
                };
                return value is { } v ? new FloatSyntax(pos, v, Go.GoStrconv.FormatFloatG(v)) : null;
            default:
                return null;
        }
    }

    static double Number(ExprSyntax e) => e is IntSyntax i ? i.Value : ((FloatSyntax)e).Value;

    double? Report(BinarySyntax b, string message)
    {
        diagnostics.Add(new Diagnostic("MT3015", DiagnosticSeverity.Error, b.Position.ToLocation(file), message));
        return null;
    }
}
