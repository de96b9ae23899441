using System.Diagnostics;
using System.Threading.Channels;
using LogMetrics.Cli.State;
using LogMetrics.Runtime.Execution;
using LogMetrics.Runtime.Loading;
using LogMetrics.Tailing;

namespace LogMetrics.Cli.Daemon;

/// <summary>
/// Hands every line from the tailer to every loaded program, in arrival order, on one thread (each
/// program keeps per-line registers, so a program runs one line at a time), and times each program
/// for <c>mtail_vm_line_processing_duration_seconds</c>.
/// </summary>
public sealed class LineDispatcher(ProgramSet programs, SelfMetrics metrics)
{
    readonly Dictionary<CompiledProgram, Prometheus.Histogram.Child> _timers = new(ReferenceEqualityComparer.Instance);
    long _lines;

    /// <summary>Held around each batch of lines and let go when a checkpoint waits for it (see <see cref="DispatchGate"/>).</summary>
    public DispatchGate Gate { get; init; } = new();

    /// <summary>Lines dispatched so far.</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>Runs until the channel is completed and drained.</summary>
    public async Task RunAsync(ChannelReader<LogLine> reader)
    {
        // Synchronous inner loop: one await per batch of available lines, not per line.
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            DispatchAvailable(reader);
        }
    }

    void DispatchAvailable(ChannelReader<LogLine> reader)
    {
        using (Gate.Enter())
        {
            while (!Gate.Wanted && reader.TryRead(out var line))
            {
                Dispatch(line);
            }
        }
    }

    void Dispatch(LogLine line)
    {
        foreach (var program in programs.Programs)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                program.ProcessLine(line.Text, line.FileName);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect in logmetrics, not in the program: keep every other line and program running.
                Serilog.Log.Error(e, "{Program}: internal error processing a line from {File}", program.Name, line.FileName);
            }
            TimerOf(program).Observe(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        // Only now does the line count as read for a checkpoint.
        line.MarkProcessed();
        Interlocked.Increment(ref _lines);
    }

    // One histogram child per program, looked up once (a label lookup allocates).
    Prometheus.Histogram.Child TimerOf(CompiledProgram program)
    {
        if (!_timers.TryGetValue(program, out var timer))
        {
            timer = metrics.LineDuration.WithLabels(program.Name);
            _timers[program] = timer;
        }
        return timer;
    }
}
