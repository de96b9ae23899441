using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Compilation;

public sealed partial class Lowering
{
    ValueKind KindOf(ExprSyntax expr) => ValueKinds.Of(_model.GetType(expr));

    Func<LineContext, bool> LowerCondition(ExprSyntax expr) => Lower(expr).AsBool();

    Lowered Lower(ExprSyntax expr) => expr switch
    {
        IntSyntax i => Constant(i.Value),
        FloatSyntax f => Constant(f.Value),
        StringSyntax s => Constant(s.Value),
        CaprefSyntax capref => LowerCapref(capref),
        IndexedSyntax indexed when _model.GetPattern(indexed) is { } constant => MatchLine(constant),
        IndexedSyntax indexed => LowerMetricRead(indexed),
        PatternSyntax pattern => MatchLine(_model.GetPattern(pattern)!),
        UnarySyntax unary => LowerUnary(unary),
        BinarySyntax binary => LowerBinary(binary),
        BuiltinCallSyntax call => LowerBuiltin(call),
        _ => throw new System.Diagnostics.UnreachableException($"unhandled expression {expr.GetType().Name}"),
    };

    static Lowered Constant(long value) => Lowered.Int(_ => value);

    static Lowered Constant(double value) => Lowered.Float(_ => value);

    static Lowered Constant(string value) => Lowered.String(_ => value);

    Lowered MatchLine(CheckedPattern pattern)
    {
        var matcher = Matcher(pattern);
        return Lowered.Bool(c => matcher(c, c.Line));
    }

    // A capture reference reads its group from the last match of its pattern on this line, then
    // converts it to the group's inferred type (an Int group parses as an integer, and may fail).
    Lowered LowerCapref(CaprefSyntax capref)
    {
        var symbol = _model.GetSymbol(capref)!;
        var patternSlot = SlotOf(symbol.Pattern!);
        var slot = patternSlot.Index;
        var goGroup = symbol.Index;
        var group = patternSlot.Groups[goGroup];
        // Every reference to one group shares a cache: a line's group text is made once, however often it is read.
        if (!_captureCaches.TryGetValue(symbol, out var cache))
        {
            cache = new CaptureCache();
            _captureCaches[symbol] = cache;
        }
        Func<LineContext, string> text = c =>
        {
            var match = c.GetMatch(slot);
            if (match is null || !match.Success || group >= match.Groups.Count)
            {
                c.Fail($"Not enough capture groups matched from [] to select {goGroup}th");
                return "";
            }
            if (cache.Line != c.LineNumber || !ReferenceEquals(cache.Match, match))
            {
                cache.Value = c.GroupValue(slot, group);
                cache.Match = match;
                cache.Line = c.LineNumber;
            }
            return cache.Value;
        };
        return ValueKinds.Of(symbol.Type) switch
        {
            ValueKind.Int => Lowered.Int(c => Lowered.ParseInt(c, text(c))),
            ValueKind.Float => Lowered.Float(c => Lowered.ParseFloat(c, text(c))),
            _ => Lowered.String(text),
        };
    }

    sealed class CaptureCache
    {
        public long Line = -1;
        public System.Text.RegularExpressions.Match? Match;
        public string Value = "";
    }

    Lowered LowerUnary(UnarySyntax unary)
    {
        switch (unary.Operator)
        {
            case UnaryOperator.Not:
                var operand = TypedSetters.ToInt(Lower(unary.Operand));
                return Lowered.Int(c => ~operand(c));
            case UnaryOperator.ImplicitMatch:
                return Lowered.Bool(Lower(unary.Operand).AsBool());
            default:
                var effect = LowerIncrement(unary);
                var read = LowerMetricRead((IndexedSyntax)unary.Operand).AsInt();
                return Lowered.Int(c =>
                {
                    effect(c);
                    return read(c);
                });
        }
    }

    Lowered LowerBinary(BinarySyntax binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And:
            {
                var l = LogicalOperand(Lower(binary.Left), whenNotBoolean: true);
                var r = LogicalOperand(Lower(binary.Right), whenNotBoolean: true);
                return Lowered.Bool(c => l(c) && r(c));
            }
            case BinaryOperator.Or:
            {
                var l = LogicalOperand(Lower(binary.Left), whenNotBoolean: false);
                var r = LogicalOperand(Lower(binary.Right), whenNotBoolean: false);
                return Lowered.Bool(c => l(c) || r(c));
            }
            case BinaryOperator.Match or BinaryOperator.NotMatch:
            {
                var value = Lower(binary.Left).AsString();
                var matcher = Matcher(_model.GetPattern(binary.Right)!);
                return binary.Operator == BinaryOperator.Match
                    ? Lowered.Bool(c => matcher(c, value(c)))
                    : Lowered.Bool(c => !matcher(c, value(c)));
            }
            case BinaryOperator.Less or BinaryOperator.Greater or BinaryOperator.LessOrEqual or BinaryOperator.GreaterOrEqual
                or BinaryOperator.Equal or BinaryOperator.NotEqual:
                return _model.IsUntypedComparison(binary)
                    ? Comparisons.LowerUntyped(binary.Operator, Lower(binary.Left), Lower(binary.Right))
                    : Comparisons.Lower(binary.Operator, ComparisonKind(binary), Lower(binary.Left), Lower(binary.Right));
            case BinaryOperator.Assign or BinaryOperator.AddAssign:
            {
                var effect = LowerEffect(binary);
                return Lowered.Bool(c =>
                {
                    effect(c);
                    return true;
                });
            }
            default:
                return Arithmetic.Lower(binary.Operator, KindOf(binary), Lower(binary.Left), Lower(binary.Right));
        }
    }

    // mtail's conditional jumps act only on a bool or an int: any other value leaves the jump not
    // taken, which makes it true under && and false under || (checked against mtail).
    static Func<LineContext, bool> LogicalOperand(Lowered operand, bool whenNotBoolean)
    {
        if (operand.Kind is ValueKind.Bool or ValueKind.Int)
        {
            return operand.AsBool();
        }
        if (operand.Kind == ValueKind.Float)
        {
            var number = operand.AsFloat();
            return c =>
            {
                number(c);
                return whenNotBoolean;
            };
        }
        var text = operand.AsString();
        return c =>
        {
            text(c);
            return whenNotBoolean;
        };
    }

    // Comparisons convert both sides to their least upper bound, as mtail's checker arranges.
    ValueKind ComparisonKind(BinarySyntax binary)
    {
        var left = _model.GetType(binary.Left);
        var right = _model.GetType(binary.Right);
        return left is null || right is null ? ValueKind.Int : ValueKinds.Of(Types.LeastUpperBound(left, right));
    }
}
