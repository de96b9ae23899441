namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>Stopping the daemon, and what a misbehaving program does to it.</summary>
public sealed class SignalTests
{
    // int() of a non-number is a runtime error; the error message quotes the line.
    const string SumNumbers = """
        counter lines_total
        counter sum
        /^(?P<x>\S+)$/ {
          lines_total++
          sum += int($x)
        }
        """;

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_stop_signal_exits_0_after_processing_the_final_partial_line(string signal)
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("sum.mtail", SumNumbers);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await File.AppendAllTextAsync(log, "1\n2\nfinal-partial", TestContext.Current.CancellationToken);
        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"sum.mtail\"}", 2);
        MetricsText.Value(scrape, "mtail_prog_runtime_errors_total{prog=\"sum.mtail\"}").Should().Be(0);

        (await daemon.StopAsync(signal)).Should().Be(0, daemon.Stderr);

        // /metrics is gone with the process; the runtime error that the partial line causes is
        // the evidence, in the log, that the programs saw it.
        daemon.Stderr.Should().Contain(
            "sum.mtail: Runtime error: strconv.ParseInt: parsing \"final-partial\": invalid syntax; input was final-partial\n")
            .And.EndWith("Shut down\n");
    }

    [Fact]
    public async Task Runtime_errors_are_all_counted_but_only_the_first_ten_a_minute_are_logged()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("sum.mtail", SumNumbers);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        var bad = string.Concat(Enumerable.Range(1, 50).Select(i => $"x{i}\n"));
        await File.AppendAllTextAsync(log, bad + "7\n", TestContext.Current.CancellationToken);

        // sum is written after lines_total on the last line: waiting for it means the line is done.
        var scrape = await daemon.WaitForValueAsync("sum{prog=\"sum.mtail\"}", 7);
        MetricsText.Value(scrape, "mtail_prog_runtime_errors_total{prog=\"sum.mtail\"}").Should().Be(50);
        MetricsText.Value(scrape, "lines_total{prog=\"sum.mtail\"}").Should().Be(51);
        var status = await daemon.Http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        status.Should().Contain("<td>50</td><td><pre>strconv.ParseInt: parsing &quot;x50&quot;: invalid syntax</pre></td>");

        (await daemon.StopAsync()).Should().Be(0);
        var logged = daemon.Stderr.Split('\n').Where(l => l.Contains("Runtime error", StringComparison.Ordinal)).ToList();
        logged.Should().Equal(Enumerable.Range(1, 10).Select(i =>
            $"sum.mtail: Runtime error: strconv.ParseInt: parsing \"x{i}\": invalid syntax; input was x{i}"));
    }
}
