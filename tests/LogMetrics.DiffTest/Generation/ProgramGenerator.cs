using System.Globalization;

namespace LogMetrics.DiffTest.Generation;

/// <summary>
/// A seeded, grammar- and type-directed generator of mtail programs with logs made to match their
/// patterns. Every declaration form and statement appears; expressions mix every operator and
/// builtin with operands of every type, since the corners where mtail surprises are there. The
/// same seed gives the same case.
/// </summary>
public sealed partial class ProgramGenerator
{
    readonly Random _rng;
    readonly string _prefix;
    readonly List<MetricInfo> _metrics = [];
    readonly List<Func<Random, string>> _lineMakers = [];
    readonly List<(string Name, PatternSpec Pattern)> _decorators = [];
    int _names;

    ProgramGenerator(int seed, string prefix)
    {
        _rng = new Random(seed);
        _prefix = prefix;
    }

    sealed class MetricInfo(string name, string kind, int keys, ValueType flavor)
    {
        public string Name { get; } = name;

        public string Kind { get; } = kind;

        public int Keys { get; } = keys;

        /// <summary>The value type this metric is written with (now and then another, to reach mtail's setters).</summary>
        public ValueType Flavor { get; } = flavor;

        public bool Used { get; set; }
    }

    /// <summary>Generates case <paramref name="index"/> of the run seeded with <paramref name="seed"/>.</summary>
    public static GeneratedCase Generate(int seed, int index, double invalidShare = 0.15)
    {
        var caseSeed = HashCode.Combine(seed, index) & int.MaxValue;
        var generator = new ProgramGenerator(caseSeed, "p" + index.ToString(CultureInfo.InvariantCulture) + "_");
        var program = generator.MakeProgram("p" + index.ToString(CultureInfo.InvariantCulture) + ".mtail");
        var lines = generator.MakeLines();
        if (generator._rng.NextDouble() < invalidShare)
        {
            var text = InvalidMutations.Apply(program.Render(), generator._rng);
            return new GeneratedCase(index, new GeneratedProgram(program.Name, []) { RawText = text }, lines, Invalid: true);
        }
        return new GeneratedCase(index, program, lines, Invalid: false);
    }

    GeneratedProgram MakeProgram(string name)
    {
        var decls = new List<Node>();
        var metricCount = 2 + _rng.Next(5);
        for (var i = 0; i < metricCount; i++)
        {
            decls.Add(Declare());
        }
        var body = new List<Node>();
        if (_rng.Next(4) == 0)
        {
            body.Add(Decorator());
            body.Add(Decorated(_decorators[^1]));
        }
        var blocks = 1 + _rng.Next(4);
        for (var i = 0; i < blocks; i++)
        {
            body.Add(TopLevelStatement());
        }
        // Every declaration must be used, or the program does not compile.
        foreach (var metric in _metrics.Where(m => !m.Used).ToList())
        {
            body.Add(Touch(metric, []));
        }
        return new GeneratedProgram(name, [.. decls, .. body]);
    }

    List<string> MakeLines()
    {
        var lines = new List<string>();
        var count = 5 + _rng.Next(20);
        for (var i = 0; i < count; i++)
        {
            lines.Add(_lineMakers.Count == 0 || _rng.Next(8) == 0
                ? Noise()
                : _lineMakers[_rng.Next(_lineMakers.Count)](_rng));
        }
        return lines;
    }

    string Noise() => _rng.Next(4) switch
    {
        0 => "",
        1 => Patterns.Keyword(_rng) + " unmatched line",
        2 => "  leading space " + _rng.Next(100).ToString(CultureInfo.InvariantCulture),
        _ => Patterns.Keyword(_rng),
    };

    Node Declare()
    {
        var kinds = new[] { "counter", "counter", "gauge", "gauge", "timer", "text", "histogram" };
        var kind = kinds[_rng.Next(kinds.Length)];
        var name = _prefix + kind[0] + _metrics.Count.ToString(CultureInfo.InvariantCulture);
        var keys = _rng.Next(3) == 0 ? 1 + _rng.Next(2) : 0;
        var flavor = kind switch
        {
            "text" => ValueType.String,
            "counter" or "histogram" => Numeric(),
            _ => AnyType(),
        };
        var metric = new MetricInfo(name, kind, keys, flavor);
        _metrics.Add(metric);
        var text = (_rng.Next(10) == 0 ? "hidden " : "") + kind + " " + name;
        if (keys > 0)
        {
            text += " by " + string.Join(", ", Enumerable.Range(0, keys).Select(k => "k" + k.ToString(CultureInfo.InvariantCulture)));
        }
        if (_rng.Next(10) == 0)
        {
            text += " as \"" + name + "_exported\"";
        }
        if (kind == "histogram")
        {
            text += " buckets " + (_rng.Next(3) switch
            {
                0 => "1, 2, 4",
                1 => "-1, 0.5, 10",
                _ => "0.1, 1, 10, 100",
            });
        }
        if (keys > 0 && _rng.Next(8) == 0)
        {
            text += " limit " + (1 + _rng.Next(3)).ToString(CultureInfo.InvariantCulture);
        }
        return new Node(text);
    }

    // A def with one pattern and `next`, used by one decorated block that sees its groups.
    Node Decorator()
    {
        var name = _prefix + "d" + _decorators.Count.ToString(CultureInfo.InvariantCulture);
        var pattern = NewPattern();
        _decorators.Add((name, pattern));
        var def = new Node("def " + name, isBlock: true);
        var inner = new Node("/" + pattern.Regex + "/", isBlock: true);
        inner.Children.Add(new Node("next"));
        def.Children.Add(inner);
        return def;
    }

    Node Decorated((string Name, PatternSpec Pattern) decorator)
    {
        var decorated = new Node("@" + decorator.Name, isBlock: true);
        Statements(decorated.Children, [.. decorator.Pattern.InDecorator], depth: 1);
        return decorated;
    }

    PatternSpec NewPattern()
    {
        var pattern = Patterns.Make(_rng, ref _names);
        _lineMakers.Add(pattern.MakeLine);
        return pattern;
    }

    Node TopLevelStatement()
    {
        var choice = _rng.Next(12);
        if (choice == 0 && _decorators.Count > 0)
        {
            return Decorated(_decorators[_rng.Next(_decorators.Count)]);
        }
        if (choice == 1)
        {
            // A constant used as the pattern of a block.
            var pattern = NewPattern();
            var name = _prefix.ToUpperInvariant() + "C" + _names++.ToString(CultureInfo.InvariantCulture);
            var block = new Node(name, isBlock: true);
            Statements(block.Children, [.. pattern.NamedOrNumbered], depth: 1);
            return Sequence(new Node("const " + name + " /" + pattern.Regex + "/"), block);
        }
        return PatternBlock([], depth: 0);
    }

    static Node Sequence(Node first, Node second) => Node.Group(first, second);

    Node PatternBlock(List<Capture> outer, int depth)
    {
        var pattern = NewPattern();
        var header = "/" + pattern.Regex + "/";
        if (_rng.Next(6) == 0)
        {
            var regexUsed = true;
            header += (_rng.Next(2) == 0 ? " && " : " || ") + Condition([.. outer], 1, atStart: false, ref regexUsed);
        }
        var block = new Node(header, isBlock: true);
        // After ||, the pattern's groups may not have matched: mtail still lets the block use them.
        Statements(block.Children, [.. outer, .. pattern.NamedOrNumbered], depth + 1);
        if (_rng.Next(5) == 0)
        {
            block.Else = [];
            Statements(block.Else, outer, depth + 1);
        }
        return block;
    }

    void Statements(List<Node> into, List<Capture> scope, int depth)
    {
        var count = 1 + _rng.Next(depth > 2 ? 2 : 4);
        var hasCondition = false;
        for (var i = 0; i < count; i++)
        {
            var choice = _rng.Next(depth > 2 ? 8 : 14);
            switch (choice)
            {
                case < 8:
                    into.Add(Action(scope));
                    break;
                case 8 or 9:
                {
                    var regexUsed = false;
                    var cond = new Node(Condition(scope, 0, atStart: true, ref regexUsed), isBlock: true);
                    Statements(cond.Children, scope, depth + 1);
                    if (_rng.Next(4) == 0)
                    {
                        cond.Else = [];
                        Statements(cond.Else, scope, depth + 1);
                    }
                    into.Add(cond);
                    hasCondition = true;
                    break;
                }
                case 10:
                    into.Add(PatternBlock(scope, depth));
                    hasCondition = true;
                    break;
                case 11 when hasCondition:
                {
                    var otherwise = new Node("otherwise", isBlock: true);
                    Statements(otherwise.Children, scope, depth + 1);
                    into.Add(otherwise);
                    break;
                }
                case 12 when i == count - 1 && _rng.Next(3) == 0:
                    into.Add(new Node("stop"));
                    break;
                default:
                    into.Add(Action(scope));
                    break;
            }
        }
    }

    Node Action(List<Capture> scope)
    {
        var timestamp = scope.FirstOrDefault(c => c.IsTimestamp);
        if (timestamp is not null && _rng.Next(4) == 0)
        {
            // strptime, then a read of the time it set, in one statement list.
            var group = Sequence(
                new Node("strptime(" + timestamp.Ref + ", \"2006-01-02T15:04:05\")"),
                Assign(_metrics[_rng.Next(_metrics.Count)], scope, "timestamp()"));
            return group;
        }
        if (_rng.Next(12) == 0)
        {
            return new Node("settime(" + Expr(ValueType.Int, scope, 2) + ")");
        }
        var metric = _metrics[_rng.Next(_metrics.Count)];
        if (metric.Keys > 0 && _rng.Next(10) == 0)
        {
            metric.Used = true;
            return new Node("del " + Indexed(metric, scope) + (_rng.Next(2) == 0 ? " after 1h" : ""));
        }
        return Touch(metric, scope);
    }

    // A statement that writes the metric in a way its kind allows (now and then one it does not).
    Node Touch(MetricInfo metric, List<Capture> scope)
    {
        var value = Value(metric, scope);
        return metric.Kind switch
        {
            "counter" when metric.Flavor == ValueType.Int && _rng.Next(2) == 0 => new Node(Indexed(metric, scope) + "++"),
            "counter" => new Node(Indexed(metric, scope) + (_rng.Next(5) == 0 ? " = " : " += ") + value),
            "histogram" => new Node(Indexed(metric, scope) + (_rng.Next(12) == 0 ? " += " : " = ") + value),
            "gauge" or "timer" when metric.Flavor == ValueType.Int && _rng.Next(5) == 0 => new Node(Indexed(metric, scope) + (_rng.Next(2) == 0 ? "++" : "--")),
            _ => new Node(Indexed(metric, scope) + (_rng.Next(8) == 0 ? " += " : " = ") + value),
        };
    }

    Node Assign(MetricInfo metric, List<Capture> scope, string? value) =>
        new(Indexed(metric, scope) + " = " + (value ?? Value(metric, scope)));

    // A value of the metric's own type, or (one time in eight) of any type.
    string Value(MetricInfo metric, List<Capture> scope) =>
        _rng.Next(8) == 0 ? Expr(AnyType(), scope, 2, strict: false) : Expr(metric.Flavor, scope, 2);

    string Indexed(MetricInfo metric, List<Capture> scope)
    {
        metric.Used = true;
        if (metric.Keys == 0)
        {
            return metric.Name;
        }
        var keys = Enumerable.Range(0, metric.Keys).Select(_ => Expr(AnyType(), scope, 1, strict: false));
        return metric.Name + "[" + string.Join(", ", keys) + "]";
    }

    ValueType Numeric() => _rng.Next(2) == 0 ? ValueType.Int : ValueType.Float;

    ValueType AnyType() => (ValueType)_rng.Next(3);
}
