using System.Globalization;
using BenchmarkDotNet.Attributes;
using LogMetrics.Tailing;

namespace LogMetrics.Benchmarks;

/// <summary>
/// <see cref="LineSplitter"/> over an 8 MiB in-memory log: from one span, and from a stream in the
/// splitter's 64 KiB chunks (as one-shot mode reads a file). MB/s = 8.39 MB / mean.
/// Apache lines are ~170 bytes, GPU-job lines ~17 bytes, so the second shows the per-line cost.
/// </summary>
[MemoryDiagnoser]
public class LineSplitterBenchmarks
{
    public const int BufferBytes = 8 * 1024 * 1024;

    byte[] _buffer = null!;
    int _lines;
    Action<string> _onLine = null!;

    [Params("apache", "gpu")]
    public string Lines { get; set; } = "apache";

    [GlobalSetup]
    public void Setup()
    {
        var sample = Lines == "apache" ? LogLines.ApacheCombined(4096) : LogLines.GpuJobs(4096);
        var block = LogLines.ToUtf8(sample);
        _buffer = new byte[BufferBytes];
        for (var at = 0; at < BufferBytes; at += block.Length)
        {
            block.AsSpan(0, Math.Min(block.Length, BufferBytes - at)).CopyTo(_buffer.AsSpan(at));
        }

        _onLine = _ => _lines++;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Lines={Lines}: {FromSpan()} lines in {BufferBytes} bytes"));
    }

    [Benchmark]
    public int FromSpan()
    {
        _lines = 0;
        var splitter = new LineSplitter();
        splitter.Feed(_buffer, _onLine);
        splitter.Flush(_onLine);
        return _lines;
    }

    [Benchmark]
    public int FromStream()
    {
        _lines = 0;
        var splitter = new LineSplitter();
        using var stream = new MemoryStream(_buffer, writable: false);
        splitter.Feed(stream, _onLine);
        splitter.Flush(_onLine);
        return _lines;
    }
}
