namespace LogMetrics.Tests.Integration.Daemon;

/// <summary><c>promtool check metrics</c> on what the daemon really serves.</summary>
public sealed class PromtoolTests
{
    const string Promtool = "/usr/bin/promtool";

    // Every kind a program can declare, with and without labels. The names follow Prometheus'
    // naming advice (`_total`, base units), so that any complaint from promtool is about the
    // format or the self-metrics, not about names the user chose: promtool's lint flags mtail's
    // habitual names (`lines`, `latency_ms`) with exit 3 and cannot be switched off in 2.42.
    const string EveryKind = """
        counter requests_total by method, code
        counter lines_total
        gauge response_size_bytes
        gauge temperature_celsius by room
        histogram request_duration_seconds by method buckets 0.01, 0.05, 0.1, 0.5
        timer batch_duration_seconds
        text last_user
        /^(?P<method>[A-Z]+) (?P<code>\d+) (?P<size>\d+) (?P<seconds>\d+\.\d+) (?P<user>\w+)$/ {
          requests_total[$method][$code]++
          lines_total++
          response_size_bytes = $size
          temperature_celsius["hall \"A\""] = 21.5
          request_duration_seconds[$method] = $seconds
          batch_duration_seconds = $seconds
          last_user = $user
        }
        """;

    [Fact]
    public async Task Promtool_finds_nothing_wrong_with_a_scrape_of_every_kind_and_the_self_metrics()
    {
        if (!File.Exists(Promtool))
        {
            Assert.Skip($"{Promtool} is not installed (.ci/run installs the prometheus package).");
        }
        using var scratch = new Scratch();
        scratch.WriteProgram("kinds.mtail", EveryKind);
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await File.AppendAllTextAsync(log, "GET 200 512 0.042 alice\nPOST 500 10 0.7 bob\n", TestContext.Current.CancellationToken);
        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"kinds.mtail\"}", 2);

        scrape.Should().Contain("\nrequest_duration_seconds_bucket{method=\"POST\",prog=\"kinds.mtail\",le=\"+Inf\"} 1\n")
            .And.Contain("\ntemperature_celsius{prog=\"kinds.mtail\",room=\"hall \\\"A\\\"\"} 21.5\n")
            .And.Contain("\nmtail_prog_loads_total{prog=\"kinds.mtail\"} 1\n")
            .And.Contain("\nmtail_vm_line_processing_duration_seconds_count{prog=\"kinds.mtail\"} 2\n");
        await using var promtool = ChildProcess.Start(Promtool, ["check", "metrics"], scratch.Root, stdin: scrape);
        var exit = await promtool.WaitForExitAsync(Poll.DefaultTimeout);

        (promtool.Stdout + promtool.Stderr).Should().BeEmpty();
        exit.Should().Be(0);
    }
}
