using System.Collections.Immutable;
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
/// <remarks>
/// Lines are taken in batches of what the channel holds. While one batch runs, the next one's top-level
/// patterns are matched on another core (<see cref="BatchRunner.Prematch"/>, pure), which is most of a
/// line's work: the same split as one-shot mode's <see cref="ParallelLinePipeline"/>. A line counts as read
/// for a checkpoint only once every program has run it, so lines taken but not yet run are like lines still
/// in the channel.
/// </remarks>
public sealed class LineDispatcher(ProgramSet programs, SelfMetrics metrics)
{
    // Capacity of a batch; how many lines one takes depends on the programs (ParallelLinePipeline.LinesPerBatch):
    // big enough that a hand-off to another core is rare next to the lines' work, small enough that the
    // matches held ahead die young.
    const int BatchLines = 256;

    // Below this many lines a batch is matched on this thread: a hand-off costs more than it saves.
    const int ParallelThreshold = 16;

    static readonly bool Parallel = Environment.ProcessorCount > 1;

    long _lines;
    ImmutableArray<CompiledProgram> _loaded = [];
    BatchRunner _runner = new([]);
    Prometheus.Histogram.Child[] _timers = [];
    Batch _current = new();
    Batch _next = new();

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
            Take(reader, _current);
            while (_current.Count > 0)
            {
                // The next batch is matched ahead while this one runs. A batch keeps the runner (program
                // list) it was taken for, so a reload takes effect at a batch boundary.
                if (!Gate.Wanted)
                {
                    Take(reader, _next);
                }
                var next = _next;
                var matching = Parallel && next.Count >= ParallelThreshold && next.Runner!.Stride > 0
                    ? Task.Run(() => next.Runner!.Prematch(next.Lines!, 0, next.Count))
                    : null;
                Run(_current);
                matching?.Wait();
                (_current, _next) = (_next, _current);
            }
        }
    }

    // Fills an empty batch from the channel, for the programs loaded now.
    void Take(ChannelReader<LogLine> reader, Batch batch)
    {
        Refresh();
        if (!ReferenceEquals(batch.Runner, _runner))
        {
            batch.Runner = _runner;
            batch.Lines = _runner.CreateBatch(BatchLines);
            batch.Timers = _timers;
        }
        var lines = ParallelLinePipeline.LinesPerBatch(_runner.Stride);
        while (batch.Count < lines && reader.TryRead(out var line))
        {
            batch.Add(line);
        }
    }

    void Run(Batch batch)
    {
        var runner = batch.Runner!;
        var lines = batch.Lines!;
        for (var i = 0; i < batch.Count; i++)
        {
            for (var p = 0; p < runner.Programs.Count; p++)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    runner.Run(p, lines, i);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A defect in logmetrics, not in the program: keep every other line and program running.
                    Serilog.Log.Error(e, "{Program}: internal error processing a line from {File}", runner.Programs[p].Name, lines.FileNameAt(i));
                }
                batch.Timers![p].Observe(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
            // Only now does the line count as read for a checkpoint.
            batch.Sources[i].MarkProcessed();
            Interlocked.Increment(ref _lines);
        }
        batch.Clear();
    }

    // Picks up a reload: a new program list gets a new runner and timers.
    void Refresh()
    {
        var loaded = programs.Programs;
        if (loaded == _loaded)
        {
            return;
        }
        _loaded = loaded;
        _runner = new BatchRunner(loaded);
        _timers = [.. loaded.Select(p => metrics.LineDuration.WithLabels(p.Name))];
    }

    // A batch of lines with the runner (program list) it was taken for.
    sealed class Batch
    {
        public List<LogLine> Sources { get; } = new(BatchLines);

        public LineBatch? Lines { get; set; }

        public BatchRunner? Runner { get; set; }

        public Prometheus.Histogram.Child[]? Timers { get; set; }

        public int Count => Sources.Count;

        public void Add(LogLine line)
        {
            Sources.Add(line);
            Lines!.Add(line.Text, line.FileName);
        }

        public void Clear()
        {
            Sources.Clear();
            Lines?.Clear();
        }
    }
}
