using LogMetrics.Language.Syntax;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Compilation;

public sealed partial class Lowering
{
    // Finds (creating if needed) the datum an indexed metric expression names. Like mtail, the datum
    // exists from the moment the expression is evaluated, even if what follows fails.
    // A key that fails to evaluate creates nothing: the result is then null and the line has failed.
    Func<LineContext, Datum?> LowerDatum(IndexedSyntax indexed, out Metric metric)
    {
        var symbol = _model.GetSymbol(indexed.Target)!;
        var m = metric = _metrics[symbol];
        if (indexed.Keys.IsEmpty)
        {
            // mtail stops a line at its first error; our delegates run on, so a metric touched after
            // a failure must not come into being.
            return c => c.Failed ? null : m.GetOrCreate([], c.NowNanos);
        }
        var keys = indexed.Keys.Select(k => Lower(k).AsString()).ToArray();
        if (keys.Length == 1)
        {
            var key = keys[0];
            return c =>
            {
                var value = key(c);
                return c.Failed ? null : m.GetOrCreate([value], c.NowNanos);
            };
        }
        // One buffer per expression: a program runs one line at a time, and the store copies the
        // values when it creates a label set, so nothing is allocated to look up an existing one.
        var values = new string[keys.Length];
        return c =>
        {
            for (var i = 0; i < keys.Length; i++)
            {
                values[i] = keys[i](c);
            }
            return c.Failed ? null : m.GetOrCreate(values, c.NowNanos);
        };
    }

    Lowered LowerMetricRead(IndexedSyntax indexed)
    {
        var datum = LowerDatum(indexed, out var metric);
        return metric.Definition.ValueType switch
        {
            MetricValueType.Float => Lowered.Float(c => datum(c) is FloatDatum d ? d.Value : 0),
            MetricValueType.String => Lowered.String(c => datum(c) is StringDatum d ? d.Value : ""),
            MetricValueType.Buckets => Lowered.Float(c => datum(c) is HistogramDatum d ? d.Sum : 0),
            _ => Lowered.Int(c => datum(c) is IntDatum d ? d.Value : 0),
        };
    }

    System.Action<LineContext> LowerEffect(ExprSyntax expr)
    {
        switch (expr)
        {
            case BinarySyntax { Operator: BinaryOperator.Assign or BinaryOperator.AddAssign } assign:
                return LowerAssign(assign);
            case UnarySyntax { Operator: UnaryOperator.Increment or UnaryOperator.Decrement } unary:
                return LowerIncrement(unary);
            default:
                return Discard(Lower(expr));
        }
    }

    // Evaluates for the effects (and failures) only, in the value's own kind: nothing is converted.
    static System.Action<LineContext> Discard(Lowered lowered) => lowered.Kind switch
    {
        ValueKind.Int => Discard(lowered.AsInt()),
        ValueKind.Float => Discard(lowered.AsFloat()),
        ValueKind.Bool => Discard(lowered.AsBool()),
        _ => Discard(lowered.AsString()),
    };

    static System.Action<LineContext> Discard<T>(Func<LineContext, T> f) => c => f(c);

    System.Action<LineContext> LowerIncrement(UnarySyntax unary)
    {
        var datum = LowerDatum((IndexedSyntax)unary.Operand, out _);
        var delta = unary.Operator == UnaryOperator.Increment ? 1 : -1;
        return c =>
        {
            switch (datum(c))
            {
                case IntDatum d:
                    d.Add(delta, c.StampNanos);
                    break;
                case not null:
                    c.Fail("datum is not an Int");
                    break;
            }
        };
    }

    // `m = v` and `m += v`. The instruction mtail picks depends on the metric's type; it converts
    // the value as its typed setter does, and fails at run time on a value it cannot take.
    System.Action<LineContext> LowerAssign(BinarySyntax assign)
    {
        var datum = LowerDatum((IndexedSyntax)assign.Left, out var metric);
        var value = Lower(assign.Right);
        var add = assign.Operator == BinaryOperator.AddAssign;
        switch (metric.Definition.ValueType)
        {
            case MetricValueType.Buckets:
                return LowerObserve(assign, datum, value, add);
            case MetricValueType.Float:
            {
                // `f += v` is `f = f + v`: the sum pops v as a float, as the store does.
                var v = TypedSetters.ToFloat(value, IsGoInt(assign.Right));
                return add
                    ? Store<FloatDatum, double>(datum, v, (d, x, t) => d.Add(x, t))
                    : Store<FloatDatum, double>(datum, v, (d, x, t) => d.Set(x, t));
            }
            case MetricValueType.String:
            {
                var v = TypedSetters.ToText(value);
                return add
                    ? Store<StringDatum, string>(datum, v, (d, x, t) => d.Set(d.Value + x, t))
                    : Store<StringDatum, string>(datum, v, (d, x, t) => d.Set(x, t));
            }
            default:
            {
                var v = TypedSetters.ToInt(value);
                return add
                    ? Store<IntDatum, long>(datum, v, (d, x, t) => d.Add(x, t))
                    : Store<IntDatum, long>(datum, v, (d, x, t) => d.Set(x, t));
            }
        }
    }

    // A histogram's setter is picked, as a gauge's is, by the value type its first assignment gave it
    // (Int when none did): an Int histogram takes values as `iset` pops them, a Float one as `fset`
    // does, so a value of the other numeric type fails the line. `+=` reads the datum as a number
    // first, which a histogram is not, so it always fails once the value has been popped.
    System.Action<LineContext> LowerObserve(BinarySyntax assign, Func<LineContext, Datum?> datum, Lowered value, bool add)
    {
        var symbol = _model.GetSymbol(((IndexedSyntax)assign.Left).Target)!;
        var setter = ValueKinds.Of(Language.Semantics.Checker.ValueTypeOf(symbol.Type));
        Func<LineContext, double> v;
        string datumType;
        switch (setter)
        {
            case ValueKind.Float:
                v = TypedSetters.ToFloat(value, IsGoInt(assign.Right));
                datumType = "a Float";
                break;
            case ValueKind.String:
                var text = TypedSetters.ToText(value);
                v = c =>
                {
                    text(c);
                    return 0;
                };
                datumType = "a String";
                break;
            default:
                var i = TypedSetters.ToInt(value);
                v = c => i(c);
                datumType = "an Int";
                break;
        }
        // `sset` on a histogram datum fails like `+=` does.
        if (!add && setter != ValueKind.String)
        {
            return Store<HistogramDatum, double>(datum, v, (d, x, t) => d.Observe(x, t));
        }
        return c =>
        {
            var d = datum(c);
            v(c);
            if (!c.Failed && d is not null)
            {
                c.Fail($"datum is not {datumType}");
            }
        };
    }

    // The datum first (mtail creates it before evaluating the value), then the value; nothing is
    // written once the line has failed.
    static System.Action<LineContext> Store<TDatum, TValue>(Func<LineContext, Datum?> datum, Func<LineContext, TValue> value, System.Action<TDatum, TValue, long> write)
        where TDatum : Datum => c =>
        {
            var d = datum(c);
            var v = value(c);
            if (!c.Failed && d is TDatum typed)
            {
                write(typed, v, c.StampNanos);
            }
        };

    // len() is the one builtin that leaves a Go int, not an int64: a Float metric accepts it, settime()
    // does not. int() of an Int converts nothing, so int(len(…)) is still one.
    static bool IsGoInt(ExprSyntax expr) => expr switch
    {
        BuiltinCallSyntax { Name: "len" } => true,
        BuiltinCallSyntax { Name: "int", Args: [var inner] } => IsGoInt(inner),
        _ => false,
    };

    System.Action<LineContext> LowerDel(DelSyntax del)
    {
        var indexed = (IndexedSyntax)del.Target;
        var metric = _metrics[_model.GetSymbol(indexed.Target)!];
        var keys = indexed.Keys.Select(k => Lower(k).AsString()).ToArray();
        // One buffer per statement, as for lookups: the store copies nothing from it.
        var buffer = new string[keys.Length];
        string[] Values(LineContext c)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                buffer[i] = keys[i](c);
            }
            return buffer;
        }
        if (del.ExpiryNanos is not { } expiry)
        {
            return c =>
            {
                var values = Values(c);
                if (!c.Failed)
                {
                    metric.Remove(values);
                }
            };
        }
        return c =>
        {
            var values = Values(c);
            if (c.Failed)
            {
                return;
            }
            if (!metric.TryGet(values, out var datum))
            {
                c.Fail($"No datum for given labelvalues [{string.Join(" ", values.Select(v => $"\"{v}\""))}]");
                return;
            }
            datum.SetExpiry(expiry);
        };
    }
}
