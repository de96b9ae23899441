using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>
/// The program every scenario runs, the flags it starts logmetrics with (polls every 50 ms so a
/// scenario takes seconds), and the exact final check.
/// </summary>
internal static class CountingDaemon
{
    // The count finds lost lines, the sum of the numbers repeated ones too, and any line that is
    // not a whole numbered line (a fragment of one split in two) is counted apart.
    public const string Program = """
        counter lines_total
        counter line_number_sum
        counter other_lines_total
        /^line (?P<n>\d+)$/ {
          lines_total++
          line_number_sum += $n
        }
        otherwise {
          other_lines_total++
        }
        """;

    const string Lines = "lines_total{prog=\"count.mtail\"}";
    const string Sum = "line_number_sum{prog=\"count.mtail\"}";
    const string Others = "other_lines_total{prog=\"count.mtail\"}";

    public static readonly TimeSpan CatchUpTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A scratch directory with the program in place.</summary>
    public static Scratch NewScratch()
    {
        var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", Program);
        return scratch;
    }

    public static Task<DaemonProcess> StartAsync(Scratch scratch, string logs, params string[] extra) =>
        DaemonProcess.StartAsync(scratch.Root,
            ["-progs", scratch.Progs, "-logs", logs, "-poll_interval", "50ms", "-poll_log_interval", "50ms", .. extra]);

    /// <summary>The flags for checkpoints in <c>state/</c>, written every 100 ms.</summary>
    public static string[] StateFlags(Scratch scratch) => ["-state_dir", scratch.PathOf("state"), "-checkpoint_interval", "100ms"];

    /// <summary>Waits until the daemon has counted <paramref name="numbers"/>' lines so far (no exactness check).</summary>
    public static Task CaughtUpAsync(DaemonProcess daemon, LineNumbers numbers) =>
        Poll.UntilAsync($"{Lines} >= {numbers.Count}", daemon.MetricsAsync,
            scrape => MetricsText.Value(scrape, Lines) >= numbers.Count, CatchUpTimeout);

    /// <summary>
    /// Waits until every line written has been counted, then checks that each was counted exactly
    /// once: the count, the sum of the numbers and the other lines, and again after a few more polls.
    /// </summary>
    public static async Task ExpectExactlyAsync(DaemonProcess daemon, LineNumbers numbers, long otherLines = 0, string because = "")
    {
        await CaughtUpAsync(daemon, numbers);
        for (var look = 0; look < 2; look++)
        {
            var scrape = await daemon.MetricsAsync();
            MetricsText.Value(scrape, Lines).Should().Be(numbers.Count, because);
            MetricsText.Value(scrape, Sum).Should().Be(numbers.Sum, because);
            (MetricsText.Value(scrape, Others) ?? 0).Should().Be(otherLines, because);
            // Six read polls: a line read twice would show by now.
            await Task.Delay(300, TestContext.Current.CancellationToken);
        }
    }
}
