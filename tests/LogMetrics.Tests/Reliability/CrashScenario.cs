using System.Globalization;
using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>
/// The checkpoint guarantee under fire: logmetrics is killed with SIGKILL at random moments, 20
/// times, while a writer appends 200,000 numbered lines (and rotates the log every 50,000); the
/// final counters must equal the lines written, exactly.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class CrashScenario
{
    const int TotalLines = 200_000;
    const int Kills = 20;
    const int RotateEvery = 50_000;
    // About 10,000 lines a second: the writer is still busy when each kill lands.
    const int Batch = 100;

    [Fact]
    public async Task Twenty_kill_9s_during_a_200k_line_run_count_every_line_exactly_once()
    {
        // LOGMETRICS_RELIABILITY_SEED replays a failed run.
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LOGMETRICS_RELIABILITY_SEED"), CultureInfo.InvariantCulture, out var given)
            ? given
            : Random.Shared.Next();
        var random = new Random(seed);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"seed {seed} (set LOGMETRICS_RELIABILITY_SEED={seed} to replay)");

        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        using var writer = new NumberedWriter(log);
        await using var daemon = new RestartingDaemon(scratch, log, StateFlags(scratch));

        // The writer may write up to the budget; each run of the daemon raises it, so lines are
        // written while it runs, while it is killed and while it starts again.
        long budget = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var writing = Task.Run(async () =>
        {
            var rotations = 0;
            while (writer.Numbers.Count < TotalLines)
            {
                if (writer.Numbers.Count >= Interlocked.Read(ref budget))
                {
                    await Task.Delay(5, stop.Token);
                    continue;
                }
                writer.Lines(Batch);
                if (writer.Numbers.Count % RotateEvery == 0 && writer.Numbers.Count < TotalLines)
                {
                    File.Move(log, $"{log}.{++rotations}");
                    writer.Reopen(log);
                }
                await Task.Delay(10, stop.Token);
            }
        }, stop.Token);

        for (var kill = 1; kill <= Kills; kill++)
        {
            await daemon.StartAsync();
            Interlocked.Add(ref budget, TotalLines / (Kills + 1));
            var after = random.Next(0, 1000);
            await Task.Delay(after, TestContext.Current.CancellationToken);
            await daemon.KillAsync();
            output?.WriteLine($"kill {kill}: {after} ms after listening, {writer.Numbers.Count} lines written");
            if (writing.IsFaulted)
            {
                await writing;
            }
        }

        await daemon.StartAsync();
        Interlocked.Exchange(ref budget, TotalLines);
        await writing;
        writer.Numbers.Count.Should().Be(TotalLines);
        await ExpectExactlyAsync(daemon.Current, writer.Numbers, because: $"seed {seed}, after {Kills} kills");
        daemon.Starts.Should().Be(Kills + 1);
    }
}
