using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Tests.Language.Parsing;

namespace LogMetrics.Tests.Language.Semantics;

/// <summary>Metric value types and expression types as mtail's unification infers them.</summary>
public sealed class TypeInferenceTests
{
    static MetricValueKind KindOf(string program, string metric)
    {
        var result = FrontEnd.Compile(program);
        FrontEnd.Render(result.Diagnostics).Should().BeEmpty();
        return result.Program!.Metrics.Single(m => m.Decl.Name == metric).ValueKind;
    }

    public static TheoryData<string, string, MetricValueKind> Metrics => new()
    {
        { "a gauge assigned (\\d+) is Int", "gauge g\n/(\\d+)/ {\n  g = $1\n}\n", MetricValueKind.Int },
        { "a gauge assigned (\\d) is String: a lone class", "gauge g\n/(\\d)/ {\n  g = $1\n}\n", MetricValueKind.String },
        { "a gauge assigned (\\d+\\.\\d+) is Float", "gauge g\n/(\\d+\\.\\d+)/ {\n  g = $1\n}\n", MetricValueKind.Float },
        { "a gauge assigned a String capture is String", "gauge g\n/(\\S+)/ {\n  g = $1\n}\n", MetricValueKind.String },
        { "a counter only incremented is Int", "counter c\n/x/ {\n  c++\n}\n", MetricValueKind.Int },
        { "a counter never used in an expression is Int", "counter c\n/x/ {\n  c += 1\n}\n", MetricValueKind.Int },
        { "adding a Float product makes a Float counter", "counter c\n/(\\d+)/ {\n  c += 1.0 * $1\n}\n", MetricValueKind.Float },
        { "the first unification fixes the type", "gauge g\n/(\\d+) (\\d+\\.\\d+)/ {\n  g = $1\n  g = $2\n}\n", MetricValueKind.Int },
        { "a text metric is String", "text t\n/(\\d+)/ {\n  t = string($1)\n}\n", MetricValueKind.String },
        { "a histogram holds buckets", "histogram h buckets 1, 2\n/(\\d+)/ {\n  h = $1\n}\n", MetricValueKind.Buckets },
        { "a dimensioned gauge takes its value type", "gauge g by k\n/(\\S+) (\\d+\\.\\d+)/ {\n  g[$1] = $2\n}\n", MetricValueKind.Float },
        { "a float conversion makes a Float gauge", "gauge g\n/(\\d+)/ {\n  g = float($1)\n}\n", MetricValueKind.Float },
    };

    [Theory]
    [MemberData(nameof(Metrics))]
    public void Metric_value_type_is_inferred(string description, string program, MetricValueKind expected)
    {
        KindOf(program, program.Split(' ', '\n')[1]).Should().Be(expected, description);
    }

    public static TheoryData<string, string, string> Expressions => new()
    {
        { "capture (\\d+)", "$1", "Int" },
        { "capture (\\d+\\.\\d+)", "$2", "Float" },
        { "capture (\\S+)", "$3", "String" },
        { "whole match", "$0", "None" },
        { "Int plus Float", "$1 + $2", "Float" },
        { "Int plus String", "$1 + $3", "String" },
        { "comparison", "$1 < $2", "Bool" },
        { "bitwise not", "~$1", "Bool" },
        { "shift", "$1 << 2", "Int" },
        { "len", "len($3)", "Int" },
        { "strptime", "strptime($3, \"2006\")", "None" },
        { "timestamp", "timestamp()", "Int" },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Expression_type_is_inferred(string description, string expression, string expected)
    {
        // Checked without the code-generation checks, which reject some of these conditions.
        var (tree, errors) = FrontEnd.Parse($"/(\\d+) (\\d+\\.\\d+) (\\S+)/ {{\n  {expression} {{\n  }}\n}}\n");
        errors.Should().BeEmpty();
        var model = Checker.Check(FrontEnd.File, tree, new DiagnosticBag()).Model;
        var node = ((CondSyntax)((CondSyntax)tree.Statements.Single()).Then.Statements.Single()).Condition;

        model.GetType(node)!.Root.ToString().Should().Be(expected, description);
    }
}
