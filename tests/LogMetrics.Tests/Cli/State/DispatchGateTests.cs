using System.Threading.Channels;
using LogMetrics.Cli.Daemon;
using LogMetrics.Cli.State;
using LogMetrics.Language.Compilation;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Loading;
using LogMetrics.Tailing;

namespace LogMetrics.Tests.Cli.State;

/// <summary>
/// The consistency of a checkpoint: taken through the gate while the dispatcher is busy, the
/// metrics it sees and the offset it records describe the same lines.
/// </summary>
public sealed class DispatchGateTests : IDisposable
{
    const int LineBytes = 10;
    readonly string _dir = Directory.CreateTempSubdirectory("logmetrics-gate-").FullName;

    [Fact]
    public async Task Checkpoints_taken_while_lines_stream_through_see_offsets_and_counts_of_the_same_lines()
    {
        File.WriteAllText(Path.Combine(_dir, "count.mtail"), "counter lines_total\n/./ {\n  lines_total++\n}\n");
        var store = new MetricStore();
        var programs = new ProgramSet(_dir, store, new CompilerOptions(), new RuntimeOptions());
        programs.Reload().Should().BeTrue();
        var gate = new DispatchGate();
        var dispatcher = new LineDispatcher(programs, new SelfMetrics()) { Gate = gate };
        var cursor = new LogCursor("/app.log", "/app.log", 1, 1, 0);
        var channel = Channel.CreateBounded<LogLine>(1000);
        var dispatching = dispatcher.RunAsync(channel.Reader);

        const int lines = 200_000;
        var writing = Task.Run(async () =>
        {
            for (var i = 1; i <= lines; i++)
            {
                await channel.Writer.WriteAsync(new LogLine("/app.log", "line") { Cursor = cursor, EndOffset = (long)i * LineBytes });
            }
            channel.Writer.Complete();
        }, TestContext.Current.CancellationToken);

        var checks = 0;
        var mismatches = new List<string>();
        while (!writing.IsCompleted || checks < 10)
        {
            var (offset, counted) = gate.RunBetweenLines(() =>
                (cursor.Processed, store.GetMetrics("lines_total")[0].Scalar is IntDatum d ? d.Value : 0));
            if (offset != counted * LineBytes)
            {
                mismatches.Add($"offset {offset} but {counted} lines counted");
            }
            checks++;
        }
        await writing;
        await dispatching;

        mismatches.Should().BeEmpty($"{checks} checkpoints were taken");
        cursor.Processed.Should().Be((long)lines * LineBytes);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
