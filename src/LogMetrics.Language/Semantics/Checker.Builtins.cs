using System.Collections.Frozen;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

public sealed partial class Checker
{
    /// <summary>Builtin signatures, as type schemes (a shared variable means "the same type").</summary>
    static readonly FrozenDictionary<string, Func<Func<TypeVariable>, MtailType>> Signatures =
        new Dictionary<string, Func<Func<TypeVariable>, MtailType>>(StringComparer.Ordinal)
        {
            ["bool"] = v => Types.Function(v(), Types.Bool),
            ["defined"] = v => Types.Function(v(), Types.Bool),
            ["float"] = v => Types.Function(v(), Types.Float),
            ["getfilename"] = _ => Types.Function(Types.String),
            ["int"] = v => Types.Function(v(), Types.Int),
            ["len"] = _ => Types.Function(Types.String, Types.Int),
            ["settime"] = _ => Types.Function(Types.Int, Types.None),
            ["string"] = v => Types.Function(v(), Types.String),
            ["strptime"] = _ => Types.Function(Types.String, Types.String, Types.None),
            ["strtol"] = _ => Types.Function(Types.String, Types.Int, Types.Int),
            ["subst"] = _ => Types.Function(Types.Pattern, Types.String, Types.String, Types.String),
            ["timestamp"] = _ => Types.Function(Types.Int),
            ["tolower"] = _ => Types.Function(Types.String, Types.String),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    MtailType VisitBuiltin(BuiltinCallSyntax call)
    {
        var argTypes = VisitArguments(call.Args);
        if (call.Name == "defined")
        {
            return VisitDefined(call);
        }
        var result = NewVariable();
        var got = Types.Function([.. argTypes, result]);
        // Each call gets its own copy of the signature's types, as in mtail: its result is a String,
        // say, but not the shared String, and that decides which comparison a program gets.
        var want = Types.Fresh(Signatures[call.Name](NewVariable), NewVariable);
        if (Types.Unify(want, got) is { } error)
        {
            Error(call.P, error.Kind == TypeError.Mismatch ? $"call to `{call.Name}': {error}" : error.ToString());
            return error;
        }
        switch (call.Name)
        {
            case "strptime":
                if (!Types.Equals(argTypes[1], Types.String))
                {
                    Error(SyntaxPositions.Of(call.Args[1]), $"Expecting a format string for argument 2 of strptime(), not {TypeName(argTypes[1])}.");
                    return Types.Error;
                }
                if (call.Args[1] is not StringSyntax layout)
                {
                    Error(call.P, "Internal error: exprlist child is not string literal.");
                    return result;
                }
                if (!Go.GoStrptime.CheckLayout(layout.Value, out var message))
                {
                    Error(layout.P, message!, Go.GoStrptime.LayoutHint);
                    return Types.Error;
                }
                break;
            case "tolower":
                if (!Types.Equals(argTypes[0], Types.String))
                {
                    Error(SyntaxPositions.Of(call.Args[0]), $"Expecting a String for argument 1 of tolower(), not {TypeName(argTypes[0])}.");
                    return Types.Error;
                }
                break;
        }
        return result;
    }

    // mtail 3.3's defined($capref): true when the group took part in the match.
    MtailType VisitDefined(BuiltinCallSyntax call)
    {
        if (call.Args.Length != 1)
        {
            Error(call.P, $"defined expects 1 argument, got {call.Args.Length}");
            return Types.Error;
        }
        if (call.Args[0] is not CaprefSyntax)
        {
            Error(SyntaxPositions.Of(call.Args[0]), "defined() expects a capture group reference as its argument");
            return Types.Error;
        }
        return Types.Bool;
    }
}
