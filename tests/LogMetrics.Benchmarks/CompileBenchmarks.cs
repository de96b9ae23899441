using BenchmarkDotNet.Attributes;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Parsing;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Loading;

namespace LogMetrics.Benchmarks;

/// <summary>
/// The front end on each program: <see cref="Parse"/> (lexing + parsing), <see cref="Compile"/> (the whole
/// front end: parse, fold, check, codegen checks; checking = Compile - Parse) and <see cref="Load"/>
/// (compile, register the metrics, lower, and build the .NET regexes with <c>RegexOptions.Compiled</c>).
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    static readonly CompilerOptions CompilerOptions = new();
    static readonly RuntimeOptions RuntimeOptions = new();

    SourceText _source = null!;

    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = BenchmarkPrograms.ApacheCombinedName;

    public static IEnumerable<string> Programs => BenchmarkPrograms.Sources.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _source = BenchmarkPrograms.Get(Program);
        var result = MtailCompiler.Compile(_source, CompilerOptions);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{Program} does not compile: {string.Join("; ", result.Diagnostics)}");
        }
    }

    [Benchmark]
    public BlockSyntax Parse() => Parser.Parse(_source, new DiagnosticBag());

    [Benchmark]
    public CompileResult Compile() => MtailCompiler.Compile(_source, CompilerOptions);

    [Benchmark]
    public LoadResult Load() => ProgramLoader.Load(_source, new MetricStore(), CompilerOptions, RuntimeOptions);
}
