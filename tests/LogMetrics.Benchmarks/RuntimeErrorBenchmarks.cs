using BenchmarkDotNet.Attributes;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Benchmarks;

/// <summary>
/// What a runtime error costs: apache_combined on lines whose size is <c>-</c> (every line raises
/// <c>strconv.ParseInt: parsing "": invalid syntax</c> at <c>$response_size &gt; 0</c>, as in mtail) against the
/// same lines with sizes, in one run so the pair shares the machine's load. Per line.
/// </summary>
[MemoryDiagnoser]
[ExceptionDiagnoser]
public class RuntimeErrorBenchmarks
{
    const int BatchSize = ProcessLineBenchmarks.BatchSize;

    CompiledProgram _program = null!;
    string[] _lines = null!;

    [Params("apache_combined:dash", "apache_combined:match-nodash")]
    public string Case { get; set; } = "apache_combined:dash";

    [GlobalSetup]
    public void Setup() => (_program, _lines) = ProgramCases.Create(Case, BatchSize);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void ProcessLine() => ProgramCases.Run(_program, _lines);
}
