using System.Text.RegularExpressions;
using LogMetrics.Tests.Integration.Daemon;
using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>Many short-lived files: what the daemon keeps of them once they are gone.</summary>
[Trait("Category", "Reliability")]
public sealed partial class ChurnScenarios
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_thousand_short_lived_files_leave_no_series_and_no_status_rows_once_gone()
    {
        // Before: every file ever matched kept six self-metric series and a status-page row for good
        // (5,000 files: 30,000 lines on /metrics, a 730 KB status page).
        using var scratch = NewScratch();
        var dir = scratch.PathOf("logs");
        Directory.CreateDirectory(dir);
        await using var daemon = await CountingDaemon.StartAsync(scratch, Path.Combine(dir, "*.log"), "-forget_logs_after", "2s");
        var numbers = new LineNumbers();
        for (var i = 0; i < 2000; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, $"job-{i}.log"), $"line {numbers.Next()}\n", Ct);
            if (i % 100 == 99)
            {
                await Task.Delay(20, Ct);
            }
        }
        await ExpectExactlyAsync(daemon, numbers);
        PerFileSeries().Count(await daemon.MetricsAsync()).Should().BeGreaterThan(2000);

        foreach (var file in Directory.EnumerateFiles(dir))
        {
            File.Delete(file);
        }
        var scrape = await Poll.UntilAsync("the files' series gone", daemon.MetricsAsync,
            text => PerFileSeries().Count(text) == 0, CatchUpTimeout);
        MetricsText.Value(scrape, "mtail_lines_total").Should().Be(2000, "forgotten files' lines stay in the total");
        MetricsText.Value(scrape, "lines_total{prog=\"count.mtail\"}").Should().Be(2000);
        using var status = await daemon.Http.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var page = await status.Content.ReadAsStringAsync(Ct);
        page.Should().NotContain("job-").And.Subject.Length.Should().BeLessThan(10_000);

        // A file that comes back under a forgotten name is read as a new one.
        await File.WriteAllTextAsync(Path.Combine(dir, "job-7.log"), $"line {numbers.Next()}\n", Ct);
        await ExpectExactlyAsync(daemon, numbers);
    }

    [GeneratedRegex(@"^[a-z_]+\{logfile="".*/job-\d+\.log""\}", RegexOptions.Multiline)]
    private static partial Regex PerFileSeries();
}
