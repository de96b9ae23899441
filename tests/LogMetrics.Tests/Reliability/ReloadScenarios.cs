using System.Text;
using System.Text.RegularExpressions;
using LogMetrics.Tests.Integration.Daemon;
using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>Programs changed while lines flow: replaced under load, emptied, caught half written.</summary>
[Trait("Category", "Reliability")]
public sealed partial class ReloadScenarios
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_reloads_under_load_lose_none_of_100000_new_label_sets()
    {
        // Before: 97,226 series of 100,000. Lines the old version had already taken wrote to its metric after
        // the label sets had been copied to the new one.
        using var scratch = new Scratch();
        var program = Users(0);
        scratch.WriteProgram("users.mtail", program);
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root,
            "-progs", scratch.Progs, "-logs", log, "-poll_interval", "20ms", "-poll_log_interval", "50ms", "-max_series", "0");
        await using (var output = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            for (var chunk = 0; chunk < 100; chunk++)
            {
                var text = new StringBuilder();
                for (var i = 0; i < 1000; i++)
                {
                    text.Append("user u").Append((chunk * 1000) + i).Append('\n');
                }
                await output.WriteAsync(Encoding.ASCII.GetBytes(text.ToString()), Ct);
                await output.FlushAsync(Ct);
                if (chunk % 10 == 5)
                {
                    // Atomically replaced, as a deploy does, and reloaded at once.
                    var next = scratch.PathOf("users.mtail.new");
                    File.WriteAllText(next, Users(chunk));
                    File.Move(next, Path.Combine(scratch.Progs, "users.mtail"), overwrite: true);
                    await daemon.Process.SignalAsync("HUP");
                }
                await Task.Delay(10, Ct);
            }
        }

        // Processed, not only read: the program counts its lines (mtail_lines_total counts what the tailer read).
        await Poll.UntilAsync("every line processed", daemon.MetricsAsync,
            text => MetricsText.Value(text, "lines_total{prog=\"users.mtail\"}") == 100_000, CatchUpTimeout);
        // A scrape lists a metric's label sets when it starts and reads values as it writes them, so the scrape
        // that saw the last count may list fewer label sets than there are by its end: count on a new one.
        var scrape = await daemon.MetricsAsync();
        SeriesLine().Count(scrape).Should().Be(100_000);
        MetricsText.Value(scrape, "mtail_prog_loads_total{prog=\"users.mtail\"}").Should().Be(11);
    }

    [Fact]
    public async Task A_program_emptied_then_restored_keeps_its_values_and_one_caught_half_written_is_not_loaded()
    {
        // Before: ": > count.mtail" took the counter from 1000 to 0 with no warning; a file caught half written
        // by the periodic check was compiled (a load error, or a half program running).
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        using var writer = new NumberedWriter(log);
        await using var daemon = await CountingDaemon.StartAsync(scratch, log);
        await writer.PacedAsync(1000);
        await ExpectExactlyAsync(daemon, writer.Numbers);

        // Emptied: the checks load the empty program, the values stay and the log says why.
        var file = Path.Combine(scratch.Progs, "count.mtail");
        File.WriteAllText(file, "");
        await Poll.UntilAsync("the empty program loaded", daemon.MetricsAsync,
            text => MetricsText.Value(text, "mtail_prog_loads_total{prog=\"count.mtail\"}") == 2, CatchUpTimeout);
        daemon.Stderr.Should().Contain("count.mtail no longer declares");
        MetricsText.Value(await daemon.MetricsAsync(), "lines_total{prog=\"count.mtail\"}").Should().Be(1000);

        // Restored, but caught half written by a check first: only the whole program loads.
        File.WriteAllText(file, Program[..(Program.Length / 2)]);
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        File.WriteAllText(file, Program);
        await Poll.UntilAsync("the whole program loaded", daemon.MetricsAsync,
            text => MetricsText.Value(text, "mtail_prog_loads_total{prog=\"count.mtail\"}") == 3, CatchUpTimeout);
        var scrape = await daemon.MetricsAsync();
        MetricsText.Value(scrape, "mtail_prog_load_errors_total{prog=\"count.mtail\"}").Should().BeNull("the half-written file was never compiled");
        MetricsText.Value(scrape, "lines_total{prog=\"count.mtail\"}").Should().Be(1000);

        await writer.PacedAsync(500);
        await ExpectExactlyAsync(daemon, writer.Numbers);
    }

    // The same program with a different comment: a different hash, the same declarations.
    static string Users(int version) => $$"""
        # version {{version}}
        counter lines_total
        counter seen_total by user
        /^user (?P<u>\S+)$/ {
          lines_total++
          seen_total[$u]++
        }
        """;

    [GeneratedRegex(@"^seen_total\{", RegexOptions.Multiline)]
    private static partial Regex SeriesLine();
}
