using System.Collections.Immutable;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Loading;

/// <summary>The outcome of loading one program file: the running form, or why it could not load.</summary>
public sealed record LoadResult(string Name, CompiledProgram? Program, ImmutableArray<Diagnostic> Diagnostics, string? StoreError)
{
    public bool Succeeded => Program is not null;
}

/// <summary>
/// Compiles a program, registers its metrics in the store (hidden ones stay private to the
/// program, as in mtail), and lowers it to its executable form.
/// </summary>
public static class ProgramLoader
{
    public static LoadResult Load(SourceText source, MetricStore store, CompilerOptions compilerOptions, RuntimeOptions runtimeOptions) =>
        Load(source, MtailCompiler.Compile(source, compilerOptions), store, runtimeOptions);

    /// <summary>Loads an already compiled program.</summary>
    public static LoadResult Load(SourceText source, CompileResult result, MetricStore store, RuntimeOptions runtimeOptions)
    {
        if (result.Program is not { } program)
        {
            return new LoadResult(source.Name, null, result.Diagnostics, null);
        }
        var metrics = CreateMetrics(program, runtimeOptions, out var exported);
        foreach (var metric in exported)
        {
            if (!store.TryAdd(metric, out var error))
            {
                return new LoadResult(source.Name, null, result.Diagnostics, error);
            }
        }
        return new LoadResult(source.Name, Lowering.Lower(program, metrics, runtimeOptions), result.Diagnostics, null);
    }

    /// <summary>
    /// The runtime metrics of a checked program, by declaring symbol, and in <paramref name="exported"/>
    /// the ones that go to the store (hidden metrics stay private to the program, as in mtail).
    /// </summary>
    public static Dictionary<Symbol, Metric> CreateMetrics(CheckedProgram program, RuntimeOptions runtimeOptions, out List<Metric> exported)
    {
        var metrics = new Dictionary<Symbol, Metric>(ReferenceEqualityComparer.Instance);
        exported = [];
        foreach (var checkedMetric in program.Metrics)
        {
            var metric = new Metric(DefinitionOf(program.Name, checkedMetric)) { EvictAtLimit = runtimeOptions.EnforceLimitOnCreate };
            metrics[checkedMetric.Symbol] = metric;
            if (!checkedMetric.Decl.Hidden)
            {
                exported.Add(metric);
            }
        }
        return metrics;
    }

    /// <summary>mtail's report of a program that does not compile: <c>compile failed for NAME:</c>, then one error per line.</summary>
    public static void WriteCompileErrors(string name, IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        output.WriteLine($"compile failed for {name}:");
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>The store's definition of a declared metric.</summary>
    public static MetricDefinition DefinitionOf(string program, CheckedMetric metric)
    {
        var decl = metric.Decl;
        var kind = decl.Kind switch
        {
            MetricKindSyntax.Counter => MetricKind.Counter,
            MetricKindSyntax.Gauge => MetricKind.Gauge,
            MetricKindSyntax.Timer => MetricKind.Timer,
            MetricKindSyntax.Text => MetricKind.Text,
            _ => MetricKind.Histogram,
        };
        var valueType = metric.ValueKind switch
        {
            MetricValueKind.Float => MetricValueType.Float,
            MetricValueKind.String => MetricValueType.String,
            MetricValueKind.Buckets => MetricValueType.Buckets,
            _ => MetricValueType.Int,
        };
        return new MetricDefinition(
            decl.ExportedName ?? decl.Name,
            program,
            kind,
            valueType,
            decl.Keys,
            decl.P.ToLocation(program).ToString(),
            decl.Buckets,
            (int)Math.Clamp(decl.Limit ?? 0, 0, int.MaxValue));
    }
}
