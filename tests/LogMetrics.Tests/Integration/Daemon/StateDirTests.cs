namespace LogMetrics.Tests.Integration.Daemon;

/// <summary><c>-state_dir</c> at the edges: a corrupt checkpoint, a directory that cannot be written.</summary>
public sealed class StateDirTests
{
    const string CountLines = "counter lines_total\n/./ {\n  lines_total++\n}\n";

    [Fact]
    public async Task A_corrupt_checkpoint_is_reported_on_the_status_page_counted_kept_aside_and_ignored()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", CountLines);
        var state = Directory.CreateDirectory(scratch.PathOf("state")).FullName;
        var checkpoint = Path.Combine(state, "logmetrics.state");
        File.WriteAllText(checkpoint, "logmetrics-checkpoint 1 sha256:00\n{\"Version\":1,\"<script>\":1}");
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");

        await using var daemon = await DaemonProcess.StartAsync(scratch.Root,
            "-progs", scratch.Progs, "-logs", log, "-state_dir", state, "-poll_interval", "50ms");
        File.AppendAllText(log, "a\nb\n");

        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"count.mtail\"}", 2);
        MetricsText.Value(scrape, "logmetrics_checkpoint_restore_errors_total").Should().Be(1);
        var page = await daemon.Http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        page.Should().Contain("<h2 id=\"checkpoints\">Checkpoints</h2>")
            .And.Contain($"{checkpoint}: checksum mismatch (the file is truncated or corrupt)")
            .And.Contain("<tr><th>restored at start-up</th><td><pre>nothing</pre>");
        daemon.Stderr.Should().Contain("Ignoring the checkpoint: " + checkpoint);
        File.ReadAllText(checkpoint + ".corrupt").Should().Contain("<script>");
        // The start-up checkpoint has already replaced the bad one.
        File.ReadAllText(checkpoint).Should().StartWith("logmetrics-checkpoint 1 sha256:").And.NotContain("<script>");
    }

    [Fact]
    public async Task After_a_restart_with_changed_programs_only_metrics_declared_as_before_keep_their_values()
    {
        using var scratch = new Scratch();
        var state = scratch.PathOf("state");
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        string[] flags = ["-progs", scratch.Progs, "-logs", log, "-state_dir", state, "-poll_interval", "50ms"];
        scratch.WriteProgram("count.mtail", """
            counter kept
            counter relabelled by word
            /(?P<w>\w+)/ {
              kept++
              relabelled[$w]++
            }
            """);
        await using (var first = await DaemonProcess.StartAsync(scratch.Root, flags))
        {
            File.AppendAllText(log, "a\nb\n");
            await first.WaitForValueAsync("kept{prog=\"count.mtail\"}", 2);
            (await first.StopAsync()).Should().Be(0);
        }

        // `kept` moves down a line (still the same metric); `relabelled` gains a label.
        scratch.WriteProgram("count.mtail", """
            counter relabelled by word, length
            counter kept
            /(?P<w>\w+)/ {
              kept++
              relabelled[$w][len($w)]++
            }
            """);
        await using var second = await DaemonProcess.StartAsync(scratch.Root, flags);
        File.AppendAllText(log, "c\n");
        var scrape = await second.WaitForValueAsync("kept{prog=\"count.mtail\"}", 3);
        MetricsText.Value(scrape, "relabelled{length=\"1\",prog=\"count.mtail\",word=\"c\"}").Should().Be(1, scrape);
        scrape.Should().NotContain("word=\"a\"");
    }

    [Fact]
    public async Task A_state_dir_that_cannot_be_created_exits_1_naming_the_file_and_the_reason()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", CountLines);
        var inTheWay = scratch.PathOf("state");
        File.WriteAllText(inTheWay, "a file, not a directory");

        await using var daemon = DaemonProcess.Launch(scratch.Root,
            ["-progs", scratch.Progs, "-logs", scratch.PathOf("app.log"), "-state_dir", inTheWay, "-address", "127.0.0.1", "-port", "0"]);

        (await daemon.WaitForExitAsync(Poll.DefaultTimeout)).Should().Be(1, daemon.Stderr);
        daemon.Stderr.Should().StartWith($"{inTheWay}/.logmetrics.probe: ").And.EndWith("(-state_dir must be a writable directory)\n");
    }
}
