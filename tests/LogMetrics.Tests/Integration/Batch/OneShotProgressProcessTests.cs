using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Integration.Batch;

/// <summary>A one-shot run whose stderr is not a terminal prints no progress, however long it runs.</summary>
public sealed class OneShotProgressProcessTests
{
    [Fact]
    public async Task A_one_shot_run_longer_than_a_second_prints_nothing_on_a_redirected_stderr()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        // A FIFO makes the run last as long as the test wants without a large file: one-shot reads it to its end.
        var fifo = scratch.PathOf("job.fifo");
        await ChildProcess.RunShellAsync($"mkfifo '{fifo}'", scratch.Root);
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", fifo, "-one_shot", "-one_shot_format", "prometheus");
        logmetrics.Stdin.Close();

        await using (var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write))
        {
            await writer.WriteAsync("req 200 5\n"u8.ToArray(), TestContext.Current.CancellationToken);
            await writer.FlushAsync(TestContext.Current.CancellationToken);
            // Past the reporter's one-second period, so a reporter that ignored the redirect would print.
            await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
            await writer.WriteAsync("req 500 50\n"u8.ToArray(), TestContext.Current.CancellationToken);
        }

        (await logmetrics.WaitForExitAsync(TimeSpan.FromSeconds(30))).Should().Be(0, logmetrics.Stderr);
        System.Text.Encoding.UTF8.GetString(logmetrics.Stdout).Should().Contain("lines_total{prog=\"batch.mtail\"} 2");
        logmetrics.Stderr.Should().BeEmpty();
    }
}
