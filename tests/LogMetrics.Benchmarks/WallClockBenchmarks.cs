using BenchmarkDotNet.Attributes;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Benchmarks;

/// <summary>
/// What the wall-clock read at the start of every <see cref="CompiledProgram.ProcessLine"/> costs: the same
/// cases with <see cref="TimeProvider.System"/> and with a constant clock, and the bare read for reference.
/// </summary>
[MemoryDiagnoser]
public class WallClockBenchmarks
{
    const int BatchSize = ProcessLineBenchmarks.BatchSize;

    CompiledProgram _program = null!;
    string[] _lines = null!;

    [Params("linecount:gpu", "gpu_duration:nomatch", "apache_combined:match-nodash")]
    public string Case { get; set; } = "linecount:gpu";

    [Params("System", "Fixed")]
    public string Clock { get; set; } = "System";

    [GlobalSetup]
    public void Setup() => (_program, _lines) = ProgramCases.Create(Case, BatchSize, Clock == "Fixed" ? new FixedClock() : null);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void ProcessLine() => ProgramCases.Run(_program, _lines);
}

/// <summary>The bare clock read that <see cref="CompiledProgram.ProcessLine"/> does once per line and program.</summary>
[MemoryDiagnoser]
public class ClockReadBenchmarks
{
    readonly TimeProvider _clock = TimeProvider.System;

    /// <summary>The read as <see cref="CompiledProgram.ProcessLine"/> does it.</summary>
    [Benchmark]
    public long SystemGetUtcNowNanos() => (_clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    /// <summary>A monotonic timestamp, for comparison.</summary>
    [Benchmark]
    public long ProviderTimestamp() => _clock.GetTimestamp();
}
