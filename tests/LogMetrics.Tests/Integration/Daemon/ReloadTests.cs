namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>Programs change under a running daemon: on their own (checked every 2 s) and on SIGHUP.</summary>
public sealed class ReloadTests
{
    const string CountLines = """
        counter lines_total
        /./ {
          lines_total++
        }
        """;

    const string CountWords = """
        counter words_total
        /(?P<w>\w+)/ {
          words_total++
        }
        """;

    [Fact]
    public async Task A_changed_program_file_runs_its_new_version_without_a_signal()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await File.AppendAllTextAsync(log, "one\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 1);

        scratch.WriteProgram("p.mtail", CountWords);
        await daemon.WaitForValueAsync("mtail_prog_loads_total{prog=\"p.mtail\"}", 2);
        await File.AppendAllTextAsync(log, "two\n", TestContext.Current.CancellationToken);

        var scrape = await daemon.WaitForValueAsync("words_total{prog=\"p.mtail\"}", 1);
        // The old version's metric stays with its value, as on mtail's reload (checked against rc50), and the log says so.
        MetricsText.Value(scrape, "lines_total{prog=\"p.mtail\"}").Should().Be(1);
        daemon.Stderr.Should().Contain("p.mtail no longer declares lines_total: their values stay exported");
        daemon.Stderr.Should().NotContain("SIGHUP");
    }

    [Fact]
    public async Task Sighup_reloads_the_programs_and_the_daemon_keeps_running()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        scratch.WriteProgram("q.mtail", CountWords);
        await daemon.Process.SignalAsync("HUP");
        await daemon.WaitForValueAsync("mtail_prog_loads_total{prog=\"q.mtail\"}", 1);
        await File.AppendAllTextAsync(log, "a line\n", TestContext.Current.CancellationToken);

        var scrape = await daemon.WaitForValueAsync("words_total{prog=\"q.mtail\"}", 1);
        MetricsText.Value(scrape, "lines_total{prog=\"p.mtail\"}").Should().Be(1);
        // An unchanged file is not reloaded.
        MetricsText.Value(scrape, "mtail_prog_loads_total{prog=\"p.mtail\"}").Should().Be(1);
        daemon.Stderr.Should().Contain("Received SIGHUP, reloading programs\n");
        daemon.Process.HasExited.Should().BeFalse();
    }

    [Fact]
    public async Task A_sighup_the_moment_the_daemon_says_it_listens_reloads_instead_of_killing_it()
    {
        // A supervisor may reload as soon as the service is up; SIGHUP's default action is to exit.
        const int Sighup = 1;
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, child => child.SignalNow(Sighup),
            "-progs", scratch.Progs, "-logs", log);

        await Poll.UntilAsync("the SIGHUP to be logged", () => Task.FromResult(daemon.Stderr),
            e => e.Contains("Received SIGHUP, reloading programs\n", StringComparison.Ordinal) || daemon.Process.HasExited);
        daemon.Process.HasExited.Should().BeFalse(daemon.Stderr);
        await File.AppendAllTextAsync(log, "after the signal\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 1);
    }

    [Fact]
    public async Task A_program_that_no_longer_compiles_keeps_its_old_version_and_shows_its_errors_escaped()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        scratch.WriteProgram("p.mtail", "counter lines_total\n/(?P<x<y>z)/ {\n  lines_total++\n}\n");
        await daemon.WaitForValueAsync("mtail_prog_load_errors_total{prog=\"p.mtail\"}", 1);
        await File.AppendAllTextAsync(log, "still counted\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 1);

        var status = await daemon.Http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        status.Should().Contain("<td><a href=\"/progz?prog=p.mtail\">p.mtail</a></td><td><pre>p.mtail:2:1-12: error parsing regexp: invalid named capture: `(?P&lt;x&lt;y&gt;`</pre></td>")
            .And.NotContain("(?P<x<y>");
        // The log names this version's error, not an earlier one.
        await Poll.UntilAsync("the compile error in the log", () => Task.FromResult(daemon.Stderr),
            e => e.Contains("p.mtail:2:1-12: error parsing regexp: invalid named capture: `(?P<x<y>`", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_counter_keeps_its_value_when_a_reload_moves_its_declaration_down_a_line()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await File.AppendAllTextAsync(log, "1\n2\n3\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 3);

        scratch.WriteProgram("p.mtail", "# Counts every non-empty line.\n" + CountLines);
        await daemon.Process.SignalAsync("HUP");
        await daemon.WaitForValueAsync("mtail_prog_loads_total{prog=\"p.mtail\"}", 2);
        await File.AppendAllTextAsync(log, "4\n", TestContext.Current.CancellationToken);

        // mtail keeps both declarations and answers 500 here until restarted; MetricsAsync fails on any status but 200.
        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 4);
        scrape.Should().Contain("# HELP lines_total defined at p.mtail:2:9-19\n");
        scrape.Split('\n').Count(l => l.StartsWith("lines_total{", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task Programs_keep_running_and_counting_while_the_progs_directory_is_missing()
    {
        // A deploy that swaps the directory (mv progs progs.old; mv progs.new progs) leaves it
        // missing for a moment; the file check must not take that for "every program deleted".
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", CountLines);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await File.AppendAllTextAsync(log, "1\n2\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 2);

        Directory.Move(scratch.Progs, scratch.Progs + ".old");
        await Poll.UntilAsync("the warning about the missing directory", () => Task.FromResult(daemon.Stderr),
            e => e.Contains($"stat {scratch.Progs}: no such file or directory; the loaded programs keep running\n", StringComparison.Ordinal));
        await File.AppendAllTextAsync(log, "3\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 3);

        Directory.Move(scratch.Progs + ".old", scratch.Progs);
        await daemon.Process.SignalAsync("HUP");
        await File.AppendAllTextAsync(log, "4\n", TestContext.Current.CancellationToken);
        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"p.mtail\"}", 4);
        MetricsText.Value(scrape, "mtail_prog_loads_total{prog=\"p.mtail\"}").Should().Be(1);
    }

    [Fact]
    public async Task Runtime_errors_keep_adding_up_across_a_reload()
    {
        // mtail counts runtime errors per program name, not per loaded version.
        const string ParseInts = "counter sum\n/^(?P<x>\\S+)$/ {\n  sum += int($x)\n}\n";
        using var scratch = new Scratch();
        scratch.WriteProgram("p.mtail", ParseInts);
        var log = scratch.PathOf("app.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await File.AppendAllTextAsync(log, "a\nb\nc\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("mtail_prog_runtime_errors_total{prog=\"p.mtail\"}", 3);

        scratch.WriteProgram("p.mtail", "# v2\n" + ParseInts);
        await daemon.Process.SignalAsync("HUP");
        await daemon.WaitForValueAsync("mtail_prog_loads_total{prog=\"p.mtail\"}", 2);
        await File.AppendAllTextAsync(log, "d\ne\n5\n", TestContext.Current.CancellationToken);

        await daemon.WaitForValueAsync("sum{prog=\"p.mtail\"}", 5);
        var scrape = await daemon.WaitForValueAsync("mtail_prog_runtime_errors_total{prog=\"p.mtail\"}", 5);
        var status = await daemon.Http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        status.Should().Contain("<td>0</td><td>2</td><td>0</td><td>5</td><td><pre>strconv.ParseInt: parsing &quot;e&quot;: invalid syntax</pre></td>");
    }
}
