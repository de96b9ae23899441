using System.Globalization;
using BenchmarkDotNet.Attributes;
using LogMetrics.Runtime.Execution;
using LogMetrics.Tailing;

namespace LogMetrics.Benchmarks;

/// <summary>
/// One-shot mode's inner loop without the file system: <see cref="LineSplitter"/> over an in-memory log
/// handing each line to one program, as <c>OneShotMode.ReadLog</c> does. Per line, so lines/s = 1e9 / mean;
/// comparable with the whole-process figures of the performance baseline (mtail: 34.5k lines/s on
/// apache_combined, 173k on the GPU program, 71k for linecount on apache lines).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    const int LineCount = 16_384;

    byte[] _log = null!;
    Action<string> _onLine = null!;

    [Params("apache_combined:match", "gpu_duration:mixed", "linecount:apache")]
    public string Case { get; set; } = "apache_combined:match";

    [GlobalSetup]
    public void Setup()
    {
        var (program, lines) = ProgramCases.Create(Case, LineCount);
        _log = LogLines.ToUtf8(lines);
        CompiledProgram compiled = program;
        _onLine = line => compiled.ProcessLine(line, ProgramCases.FileName);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Case={Case}: {LineCount} lines, {_log.Length} bytes"));
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public void SplitAndProcess()
    {
        var splitter = new LineSplitter();
        using var stream = new MemoryStream(_log, writable: false);
        splitter.Feed(stream, _onLine);
        splitter.Flush(_onLine);
    }
}
