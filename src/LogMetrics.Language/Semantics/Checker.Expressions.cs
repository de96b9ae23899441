using System.Collections.Immutable;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

public sealed partial class Checker
{
    static string TypeName(MtailType type) => type.Root.ToString() ?? "?";

    static string Quote(MtailType type) => $"\"{TypeName(type)}\"";

    MtailType VisitExpr(ExprSyntax expr)
    {
        if (!Enter(expr, ExprPos))
        {
            return Types.Error;
        }
        var type = expr switch
        {
            IndexedSyntax indexed => VisitIndexed(indexed),
            IdSyntax id => LookupName(id)?.Type ?? Types.Error,
            CaprefSyntax capref => VisitCapref(capref),
            StringSyntax => Types.String,
            IntSyntax => Types.Int,
            FloatSyntax => Types.Float,
            BuiltinCallSyntax call => VisitBuiltin(call),
            BinarySyntax binary => VisitBinary(binary),
            UnarySyntax unary => VisitUnary(unary),
            PatternSyntax pattern => VisitPattern(pattern, pattern),
            RegexSyntax => Types.Pattern,
            _ => throw new System.Diagnostics.UnreachableException($"unhandled expression {expr.GetType().Name}"),
        };
        _model.TypeOf[expr] = type;
        Leave();
        return type;
    }

    Symbol? LookupName(IdSyntax id)
    {
        var symbol = _scope.Lookup(id.Name, SymbolKind.Variable) ?? _scope.Lookup(id.Name, SymbolKind.Pattern);
        if (symbol is null)
        {
            var hint = string.Equals(id.Name, id.Name.ToUpperInvariant(), StringComparison.Ordinal)
                ? $"Try adding `const {id.Name} /.../' earlier in the program."
                : $"Try adding `counter {id.Name}' to the top of the program.";
            Error(id.P, $"Identifier `{id.Name}' not declared.", hint);
            return null;
        }
        symbol.Used = true;
        _model.SymbolOf[id] = symbol;
        return symbol;
    }

    MtailType VisitCapref(CaprefSyntax capref)
    {
        if (_scope.Lookup(capref.Name, SymbolKind.Capref) is not { } symbol)
        {
            var hint = capref.IsNamed
                ? $"Try using `(?P<{capref.Name}>...)' to name the capture group."
                : $"Check that there are at least {capref.Name} pairs of parentheses.";
            Error(capref.P, $"Capture group `${capref.Name}' was not defined by a regular expression visible to this scope.", hint);
            return Types.Error;
        }
        symbol.Used = true;
        _model.SymbolOf[capref] = symbol;
        return symbol.Type;
    }

    MtailType VisitIndexed(IndexedSyntax indexed)
    {
        // mtail walks the index list before the name, and an empty list is a level of its own.
        var argTypes = VisitArguments(indexed.Keys, emptyIsALevel: true);
        var symbol = LookupName(indexed.Target);
        if (argTypes.FirstOrDefault(Types.IsError) is { } argError)
        {
            return argError;
        }
        if (symbol is null)
        {
            return Types.Error;
        }
        if (Types.Equals(symbol.Type, Types.Pattern))
        {
            // A constant standing alone: it is a pattern, matched where it stands.
            return VisitPattern(indexed, indexed.Target);
        }
        if (!Types.IsDimension(symbol.Type))
        {
            if (argTypes.Length > 0)
            {
                Error(SyntaxPositions.Of(indexed), "Index taken on unindexable expression");
                return Types.Error;
            }
            return symbol.Type;
        }
        var result = NewVariable();
        var got = Types.Dimension([.. argTypes, result]);
        var want = (TypeOperator)symbol.Type.Root;
        if (Types.Unify(want, got) is { } error)
        {
            if (want.Args.Count > got.Args.Count)
            {
                Error(SyntaxPositions.Of(indexed), $"Not enough keys for indexed expression: expecting {want.Args.Count - 1}, received {got.Args.Count - 1}");
            }
            else if (want.Args.Count < got.Args.Count)
            {
                Error(SyntaxPositions.Of(indexed), $"Too many keys for indexed expression: expecting {want.Args.Count - 1}, received {got.Args.Count - 1}.");
            }
            else
            {
                Error(SyntaxPositions.Of(indexed), error.ToString());
            }
            return Types.Error;
        }
        return result;
    }

    // Index lists and call arguments are one more level of mtail's tree walk.
    MtailType[] VisitArguments(ImmutableArray<ExprSyntax> args, bool emptyIsALevel = false)
    {
        if (args.IsEmpty && !emptyIsALevel)
        {
            return [];
        }
        if (!Enter(args, ListPos))
        {
            return [Types.Error];
        }
        var types = args.Select(VisitExpr).ToArray();
        Leave();
        return types;
    }

    MtailType VisitUnary(UnarySyntax unary)
    {
        var operandType = VisitExpr(unary.Operand);
        if (Types.IsError(operandType))
        {
            return operandType;
        }
        switch (unary.Operator)
        {
            case UnaryOperator.Not:
                if (Types.Unify(Types.Function(Types.Int, Types.Bool), Types.Function(operandType, NewVariable())) is { } notError)
                {
                    Error(SyntaxPositions.Of(unary.Operand), $"{notError} for `~' operator.");
                    return notError;
                }
                return Types.Bool;
            case UnaryOperator.Increment or UnaryOperator.Decrement:
                if (unary.Operand is not (IndexedSyntax or IdSyntax))
                {
                    Error(SyntaxPositions.Of(unary.Operand), "Can't assign to expression; expecting a variable here.");
                    return Types.Error;
                }
                var result = NewVariable();
                if (Types.Unify(Types.Function(Types.Int, Types.Int), Types.Function(operandType, result)) is { } incError)
                {
                    Error(SyntaxPositions.Of(unary), incError.ToString());
                    return incError;
                }
                if (!Types.Equals(operandType, Types.Int))
                {
                    var op = unary.Operator == UnaryOperator.Increment ? "INC" : "DEC";
                    Error(SyntaxPositions.Of(unary.Operand), $"type mismatch: expecting an Int for {op}, not {TypeName(operandType)}.");
                    return Types.Error;
                }
                return result;
            default:
                if (Types.Unify(Types.Function(Types.Pattern, Types.Bool), Types.Function(operandType, NewVariable())) is not null)
                {
                    Error(SyntaxPositions.Of(unary), $"type mismatch: Unary MATCH expects Pattern, received {TypeName(operandType)}");
                    return Types.Error;
                }
                return Types.Bool;
        }
    }
}
