using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

public sealed partial class Checker
{
    void VisitBlock(BlockSyntax block)
    {
        if (!Enter<StmtSyntax>(block, StmtPos))
        {
            return;
        }
        _scope = new Scope(_scope);
        foreach (var statement in block.Statements)
        {
            VisitStatement(statement);
        }
        CheckUnused(_scope);
        _scope = _scope.Parent!;
        Leave();
    }

    void VisitStatement(StmtSyntax statement)
    {
        if (statement is BlockSyntax block)
        {
            VisitBlock(block);
            return;
        }
        if (statement is ExprStmtSyntax expression)
        {
            // mtail puts an expression straight into its statement list: no level of its own.
            VisitExpr(expression.Expr);
            return;
        }
        if (!Enter(statement, StmtPos))
        {
            return;
        }
        switch (statement)
        {
            case CondSyntax cond:
                VisitCond(cond);
                break;
            case OtherwiseSyntax otherwise:
                _scope = new Scope(_scope);
                VisitBlock(otherwise.Then);
                _scope = _scope.Parent!;
                break;
            case DeclSyntax decl:
                VisitDecl(decl);
                break;
            case ConstSyntax constant:
                VisitConst(constant);
                break;
            case DefSyntax def:
                VisitDef(def);
                break;
            case DecoratedSyntax decorated:
                VisitDecorated(decorated);
                break;
            case DelSyntax del:
                VisitDel(del);
                break;
            case NextSyntax next:
                VisitNext(next);
                break;
            case StopSyntax or LogFilterSyntax or InvalidSyntax:
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"unhandled statement {statement.GetType().Name}");
        }
        Leave();
    }

    void VisitCond(CondSyntax cond)
    {
        _scope = new Scope(_scope);
        var type = VisitExpr(cond.Condition);
        VisitBlock(cond.Then);
        if (cond.Else is { } otherwise)
        {
            VisitBlock(otherwise);
        }
        var acceptable = cond.Condition switch
        {
            BinarySyntax or UnarySyntax => true,
            IndexedSyntax when Types.Equals(type, Types.Pattern) => true,
            BuiltinCallSyntax { Name: "defined" } => true,
            _ => false,
        };
        if (!acceptable)
        {
            Error(SyntaxPositions.Of(cond.Condition), $"Can't interpret {TypeName(type)} as a boolean expression here.",
                "Try using comparison operators to make the condition explicit.");
        }
        CheckUnused(_scope);
        _scope = _scope.Parent!;
    }

    void VisitDecl(DeclSyntax decl)
    {
        var symbol = new Symbol(decl.Name, SymbolKind.Variable, decl.P, Types.Undef) { Binding = decl };
        if (_scope.Insert(symbol) is { } existing)
        {
            Error(decl.P, $"Redeclaration of metric `{decl.Name}' previously declared at {Where(existing.Pos)}");
            return;
        }
        MtailType valueType = decl.Kind == MetricKindSyntax.Text ? Types.String : NewVariable();
        if (!decl.Buckets.IsEmpty && decl.Kind != MetricKindSyntax.Histogram)
        {
            Error(decl.P, $"Can't specify buckets for non-histogram metric `{decl.Name}'.");
            // Still typed, so that its uses report nothing more (mtail reports only this).
            symbol.Type = valueType;
            return;
        }
        symbol.Type = decl.Keys.IsEmpty
            ? valueType
            : Types.Dimension([.. decl.Keys.Select(_ => (MtailType)NewVariable()), valueType]);
        _metrics.Add(new CheckedMetric(decl, symbol, MetricValueKind.Int));
    }

    void VisitConst(ConstSyntax constant)
    {
        var symbol = new Symbol(constant.Name.Name, SymbolKind.Pattern, constant.Name.P, Types.Pattern) { Binding = constant };
        if (_scope.Insert(symbol) is { } existing)
        {
            Error(constant.Name.P, $"Redefinition of pattern constant `{constant.Name.Name}' previously defined at {Where(existing.Pos)}");
            return;
        }
        var text = EvaluatePattern(constant.Pattern);
        if (text.Length > 0)
        {
            _model.ConstText[constant] = text;
        }
    }

    void VisitDef(DefSyntax def)
    {
        var symbol = new Symbol(def.Name, SymbolKind.Decorator, SyntaxPositions.Of(def)!.Value, Types.Int) { Binding = def };
        if (_scope.Insert(symbol) is { } existing)
        {
            Error(SyntaxPositions.Of(def)!.Value, $"Redeclaration of decorator `@{def.Name}' previously declared at {Where(existing.Pos)}");
            return;
        }
        var zygote = new Scope(null);
        _decoratorScopes.Add(zygote);
        VisitBlock(def.Body);
        _decoratorScopes.RemoveAt(_decoratorScopes.Count - 1);
        if (zygote.Count == 0)
        {
            Error(SyntaxPositions.Of(def)!.Value, $"No symbols found in decorator `@{def.Name}'.", "Try adding a `next' statement inside the `{}' block.");
        }
        _model.DecoratorScope[def] = zygote;
    }

    void VisitDecorated(DecoratedSyntax decorated)
    {
        var pos = SyntaxPositions.Of(decorated)!.Value;
        if (_scope.Lookup(decorated.Name, SymbolKind.Decorator) is not { } symbol)
        {
            Error(pos, $"Decorator `@{decorated.Name}' is not defined.", $"Try adding a definition `def {decorated.Name} {{}}' earlier in the program.");
            return;
        }
        symbol.Used = true;
        _model.SymbolOf[decorated] = symbol;
        if (!_model.DecoratorScope.TryGetValue(symbol.Binding!, out var zygote))
        {
            Error(pos, $"Decorator `@{decorated.Name}' is not completely defined yet.", $"Try removing @{decorated.Name} from here.");
            return;
        }
        _scope = new Scope(_scope);
        _scope.CopyFrom(zygote);
        VisitBlock(decorated.Body);
        _scope = _scope.Parent!;
    }

    void VisitDel(DelSyntax del)
    {
        VisitExpr(del.Target);
        if (del.Target is IndexedSyntax indexed)
        {
            if (indexed.Keys.IsEmpty)
            {
                Error(SyntaxPositions.Of(del.Target), "Cannot delete this.", "Try deleting an index from this dimensioned metric.");
            }
            return;
        }
        Error(SyntaxPositions.Of(del.Target), "Cannot delete this.", "Try deleting from a dimensioned metric with this as an index.");
    }

    void VisitNext(NextSyntax next)
    {
        if (_decoratorScopes.Count == 0)
        {
            Error(next.P, "Can't use `next' outside of a decorator.");
            return;
        }
        var zygote = _decoratorScopes[^1];
        if (zygote.Count > 0)
        {
            Error(next.P, "Can't use `next' statement twice in a decorator.");
            return;
        }
        zygote.CopyFrom(_scope);
    }
}
