using LogMetrics.Tests.Integration.Daemon;
using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>More log files than file descriptors: <c>prlimit --nofile=1024</c> and 3,000 files.</summary>
[Trait("Category", "Reliability")]
public sealed class DescriptorScenarios
{
    const string Prlimit = "/usr/bin/prlimit";
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_thousand_files_under_a_limit_of_1024_descriptors_are_all_read_exactly_and_the_daemon_keeps_serving()
    {
        // Before: descriptors ran out, /metrics refused connections, checkpoints failed with "Too many open files",
        // and SIGTERM ended the process with "Out of memory." (SIGABRT, exit 134); started with the files already
        // there, it exited 1 failing to load Microsoft.AspNetCore.
        if (!File.Exists(Prlimit))
        {
            Assert.Skip($"{Prlimit} (util-linux) is missing: it sets the daemon's descriptor limit.");
        }
        using var scratch = NewScratch();
        var dir = scratch.PathOf("logs");
        Directory.CreateDirectory(dir);
        string FileOf(int i) => Path.Combine(dir, $"f{i}.log");
        for (var i = 0; i < 1500; i++)
        {
            await File.WriteAllTextAsync(FileOf(i), "before the start, not counted\n", Ct);
        }
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, null, null, [Prlimit, "--nofile=1024:1024"],
            ["-progs", scratch.Progs, "-logs", Path.Combine(dir, "*.log"), "-poll_interval", "50ms", "-poll_log_interval", "50ms",
                .. StateFlags(scratch)]);
        var numbers = new LineNumbers();
        void WriteAll(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                File.AppendAllText(FileOf(i), $"line {numbers.Next()}\n");
            }
        }

        // 1,500 more appear after the start; then every file is written twice.
        WriteAll(1500, 3000);
        await ExpectExactlyAsync(daemon, numbers, because: "new files");
        WriteAll(0, 3000);
        await ExpectExactlyAsync(daemon, numbers, because: "every file written again");

        // Files parked by now, written through a handle kept open, renamed out of the glob, written again
        // (late lines to the old file), and recreated.
        var writers = Enumerable.Range(0, 50).Select(i => new NumberedWriter(FileOf(i), numbers)).ToList();
        try
        {
            writers.ForEach(w => w.Lines(3));
            await ExpectExactlyAsync(daemon, numbers, because: "held handles");
            WriteAll(100, 3000); // activity elsewhere parks the quiet ones
            await ExpectExactlyAsync(daemon, numbers, because: "the others written");
            for (var i = 0; i < 50; i++)
            {
                File.Move(FileOf(i), FileOf(i) + ".1");
                writers[i].Lines(2);
                writers[i].Reopen(FileOf(i));
                writers[i].Lines(1);
            }
            await ExpectExactlyAsync(daemon, numbers, because: "renamed while parked");
        }
        finally
        {
            writers.ForEach(w => w.Dispose());
        }

        var scrape = await daemon.MetricsAsync();
        MetricsText.Value(scrape, "logmetrics_log_files_open").Should().BeLessThanOrEqualTo(384);
        MetricsText.Value(scrape, "logmetrics_checkpoint_write_errors_total").Should().Be(0);
        daemon.Stderr.Should().NotContainEquivalentOf("too many open files");
        (await daemon.StopAsync()).Should().Be(0, daemon.Stderr);
    }
}
