namespace LogMetrics.Tests.Integration.Daemon;

/// <summary><c>-max_series</c> in the real process, daemon and one-shot.</summary>
public sealed class SeriesCapProcessTests
{
    const string PerUser = """
        counter hits by user
        /user=(?P<u>\S+)/ {
          hits[$u]++
        }
        """;

    static string Users(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"user=u{i}\n"));

    [Fact]
    public async Task The_daemon_sends_label_sets_past_the_cap_to_the_overflow_series_and_counts_them()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("users.mtail", PerUser);
        var log = scratch.PathOf("app.log");
        File.WriteAllBytes(log, []);
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log, "-max_series", "5");

        await File.AppendAllTextAsync(log, Users(20), TestContext.Current.CancellationToken);

        var scrape = await daemon.WaitForValueAsync("hits{prog=\"users.mtail\",user=\"__overflow__\"}", 15);
        MetricsText.Value(scrape, "logmetrics_series_overflow_total{metric=\"hits\"}").Should().Be(15);
        scrape.Split('\n').Count(l => l.StartsWith("hits{", StringComparison.Ordinal)).Should().Be(6);
        var page = await daemon.Http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        page.Should().Contain("Label sets: 5 of 5 (-max_series)").And.Contain("<tr><td>hits</td><td>15</td></tr>");
    }

    [Fact]
    public async Task In_the_daemon_limit_evicts_the_oldest_label_set_as_each_new_one_comes()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("users.mtail", PerUser.Replace("counter hits by user", "counter hits by user limit 3", StringComparison.Ordinal));
        var log = scratch.PathOf("app.log");
        File.WriteAllBytes(log, []);
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        // Which of several label sets written in the same clock tick is older is decided by creation order,
        // so this only writes each once; LimitOnCreateTests covers rewrites with explicit timestamps.
        await File.AppendAllTextAsync(log, Users(11), TestContext.Current.CancellationToken);

        var scrape = await daemon.WaitForValueAsync("hits{prog=\"users.mtail\",user=\"u10\"}", 1);
        scrape.Split('\n').Where(l => l.StartsWith("hits{", StringComparison.Ordinal)).Should().BeEquivalentTo(
            "hits{prog=\"users.mtail\",user=\"u8\"} 1", "hits{prog=\"users.mtail\",user=\"u9\"} 1", "hits{prog=\"users.mtail\",user=\"u10\"} 1");
    }

    [Fact]
    public async Task One_shot_mode_applies_the_cap_too()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("users.mtail", PerUser);
        var log = scratch.PathOf("app.log");
        await File.WriteAllTextAsync(log, Users(20), TestContext.Current.CancellationToken);

        await using var process = DaemonProcess.Launch(scratch.Root,
            ["-one_shot", "-one_shot_format", "prometheus", "-max_series", "5", "-progs", scratch.Progs, "-logs", log]);
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        exit.Should().Be(0, process.Stderr);
        MetricsText.Value(process.Stdout, "hits{prog=\"users.mtail\",user=\"__overflow__\"}").Should().Be(15);
        process.Stdout.Split('\n').Count(l => l.StartsWith("hits{", StringComparison.Ordinal)).Should().Be(6);
    }
}
