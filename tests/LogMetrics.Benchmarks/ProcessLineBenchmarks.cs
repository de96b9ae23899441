using BenchmarkDotNet.Attributes;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Benchmarks;

/// <summary>
/// <see cref="CompiledProgram.ProcessLine"/> over a batch of pre-generated lines: the reported mean and
/// allocation are per line (<see cref="BenchmarkAttribute.OperationsPerInvoke"/> = <see cref="BatchSize"/>).
/// The cases are described in <see cref="ProgramCases"/>; label sets already exist when measuring.
/// </summary>
[MemoryDiagnoser]
public class ProcessLineBenchmarks
{
    public const int BatchSize = 4096;

    CompiledProgram _program = null!;
    string[] _lines = null!;

    [Params(
        "apache_combined:match",
        "apache_combined:match-nodash",
        "apache_combined:dash",
        "apache_combined:nomatch",
        "gpu_duration:match",
        "gpu_duration:nomatch",
        "gpu_duration:mixed",
        "linecount:apache",
        "linecount:gpu")]
    public string Case { get; set; } = "linecount:gpu";

    [GlobalSetup]
    public void Setup() => (_program, _lines) = ProgramCases.Create(Case, BatchSize);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void ProcessLine() => ProgramCases.Run(_program, _lines);
}
