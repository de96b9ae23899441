using System.Text;
using LogMetrics.Go;
using LogMetrics.Language.Syntax;
using LogMetrics.Runtime.Builtins;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Compilation;

public sealed partial class Lowering
{
    const long NanosPerSecond = 1_000_000_000;

    Lowered LowerBuiltin(BuiltinCallSyntax call)
    {
        var args = call.Args;
        switch (call.Name)
        {
            case "getfilename":
                return Lowered.String(c => c.FileName);
            case "timestamp":
                // Go's Time.Unix() is exact in any year, unlike the nanoseconds datums are stamped with.
                return Lowered.Int(c => c.HasTimestamp ? c.TimestampSeconds : FloorDiv(c.NowNanos, NanosPerSecond));
            case "settime":
            {
                var argument = Lower(args[0]);
                if (argument.Kind != ValueKind.Int || IsGoInt(args[0]))
                {
                    // settime() takes an int64 off mtail's stack as it is: len()'s Go int, a float
                    // (a Float gauge, say) or a string is not one, and nothing converts it.
                    var evaluate = Discard(argument);
                    return Effect(c =>
                    {
                        evaluate(c);
                        if (!c.Failed)
                        {
                            c.Fail("Failed to pop a timestamp off the stack");
                        }
                    });
                }
                var seconds = argument.AsInt();
                return Effect(c =>
                {
                    var s = seconds(c);
                    if (!c.Failed)
                    {
                        c.SetTimestamp(s, 0);
                    }
                });
            }
            case "strptime":
                return LowerStrptime(call);
            case "len":
            {
                var s = NumberAsStringArgument(args[0]);
                return Lowered.Int(c => Encoding.UTF8.GetByteCount(s(c)));
            }
            case "tolower":
            {
                var s = StringArgument(args[0]);
                return Lowered.String(c => Builtins.ToLower.Apply(s(c)));
            }
            case "strtol":
            {
                var s = NumberAsStringArgument(args[0]);
                var radix = Lower(args[1]).AsInt();
                return Lowered.Int(c =>
                {
                    if (Strtol.TryParse(s(c), radix(c), out var value, out var error))
                    {
                        return value;
                    }
                    c.Fail(error!);
                    return 0;
                });
            }
            case "subst":
                return LowerSubst(call);
            case "int":
                return Lowered.Int(Lower(args[0]).AsInt());
            case "float":
                return Lowered.Float(Lower(args[0]).AsFloat());
            case "string":
                return Lowered.String(Lower(args[0]).AsString());
            case "bool":
                return Lowered.Bool(Lower(args[0]).AsBool());
            case "defined":
                return LowerDefined((CaprefSyntax)args[0]);
            default:
                throw new System.Diagnostics.UnreachableException($"unknown builtin {call.Name}");
        }
    }

    static Lowered Effect(System.Action<LineContext> effect) => Lowered.Bool(c =>
    {
        effect(c);
        return true;
    });

    // Go's integer division rounds toward zero; Unix seconds of a time before 1970 round down.
    static long FloorDiv(long a, long b) => a / b - (a % b < 0 ? 1 : 0);

    // len() and strtol() format a number they are given as Go does (FormatInt, FormatFloat 'G'):
    // strtol($m, 8) on a capture "0104755" typed Int parses "104755".
    Func<LineContext, string> NumberAsStringArgument(ExprSyntax arg)
    {
        var lowered = Lower(arg);
        return lowered.Kind switch
        {
            ValueKind.Int => lowered.AsString(),
            ValueKind.Float => TypedSetters.ToText(lowered),
            _ => StringArgument(lowered),
        };
    }

    // mtail hands strptime() whatever is on its stack; a number that was never converted (an
    // Int-typed capture group, say) arrives as the empty string.
    Func<LineContext, string> StringArgument(ExprSyntax arg) => StringArgument(Lower(arg));

    static Func<LineContext, string> StringArgument(Lowered lowered)
    {
        if (lowered.Kind is ValueKind.String or ValueKind.None or ValueKind.Pattern)
        {
            return lowered.AsString();
        }
        var evaluate = lowered.AsString();
        return c =>
        {
            evaluate(c);
            return "";
        };
    }

    Lowered LowerStrptime(BuiltinCallSyntax call)
    {
        var value = StringArgument(call.Args[0]);
        var layoutText = ((StringSyntax)call.Args[1]).Value;
        var layout = GoTimeLayout.Compile(layoutText);
        return Effect(c =>
        {
            var text = value(c);
            if (c.Failed)
            {
                return;
            }
            if (!_strptime.TryParse(text, layout, out var time, out var error))
            {
                c.Fail(error!);
                return;
            }
            // mtail treats Go's zero time as "no timestamp": the datum then gets the wall clock.
            c.SetTimestamp(time.UnixSeconds, time.Nanosecond);
            c.HasTimestamp = !time.IsZero;
        });
    }

    Lowered LowerSubst(BuiltinCallSyntax call)
    {
        var replacement = Lower(call.Args[1]).AsString();
        var subject = Lower(call.Args[2]).AsString();
        if (_model.GetPattern(call.Args[0]) is { Translated: not null } pattern)
        {
            var regex = SlotOf(pattern).Regex;
            return Lowered.String(c =>
            {
                var literal = replacement(c);
                return regex.Replace(c, subject(c), literal);
            });
        }
        var old = Lower(call.Args[0]).AsString();
        return Lowered.String(c => Substitute.ReplaceAll(subject(c), old(c), replacement(c)));
    }

    Lowered LowerDefined(CaprefSyntax capref)
    {
        var symbol = _model.GetSymbol(capref)!;
        var patternSlot = SlotOf(symbol.Pattern!);
        var slot = patternSlot.Index;
        var group = patternSlot.Groups[symbol.Index];
        return Lowered.Bool(c =>
        {
            var match = c.GetMatch(slot);
            var defined = match is { Success: true } && group < match.Groups.Count && match.Groups[group].Success;
            // mtail 3.3 sets the matched flag too, so an `otherwise` sees defined() like a match.
            c.Matched = defined;
            return defined;
        });
    }
}
