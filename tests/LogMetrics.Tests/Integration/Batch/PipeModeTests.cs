using System.Diagnostics;
using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Integration.Batch;

/// <summary>
/// <c>app | logmetrics -logs - -passthrough -exit_on_eof -push_gateway …</c> as a batch job runs it:
/// real processes, a real Pushgateway, values read back from the gateway's API.
/// </summary>
public sealed class PipeModeTests(Pushgateway gateway) : IClassFixture<Pushgateway>
{
    static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Pipe_mode_copies_stdin_byte_for_byte_pushes_every_lines_metrics_and_exits_0()
    {
        Pushgateway.SkipUnlessInstalled();
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        const int pairs = 50_000;
        var input = BatchInput.Bytes(pairs);
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", "-", "-passthrough", "-exit_on_eof",
            "-push_gateway", gateway.Url.ToString(), "-push_job", "pipe-e2e",
            "-push_label", "pod=gpu-job-7/abc,node=n 1", "-push_label", "attempt=",
            "-address", "127.0.0.1", "-port", "0", "-logtostderr");

        await logmetrics.FeedAndCloseAsync(input);

        (await logmetrics.WaitForExitAsync(ExitTimeout)).Should().Be(0, logmetrics.Stderr);
        var output = logmetrics.Stdout;
        output.Length.Should().Be(input.Length);
        output.AsSpan().SequenceEqual(input).Should().BeTrue("stdout must be stdin byte for byte");
        var group = await gateway.GroupAsync(new Dictionary<string, string>
        {
            ["job"] = "pipe-e2e",
            ["pod"] = "gpu-job-7/abc",
            ["node"] = "n 1",
            ["attempt"] = "",
        });
        group.Should().NotBeNull($"the group was pushed; logmetrics said:\n{logmetrics.Stderr}");
        AssertValues(group!, pairs);
    }

    [Fact]
    public async Task A_closed_stdout_does_not_stop_the_metrics_or_the_push()
    {
        Pushgateway.SkipUnlessInstalled();
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        const int pairs = 50_000;
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", "-", "-passthrough", "-exit_on_eof",
            "-push_gateway", gateway.Url.ToString(), "-push_job", "epipe-e2e", "-port", "0", "-address", "127.0.0.1");

        // Like `| head -1`: the reader of stdout goes away before the input ends.
        await logmetrics.CloseStdoutAsync();
        await logmetrics.FeedAndCloseAsync(BatchInput.Bytes(pairs));

        (await logmetrics.WaitForExitAsync(ExitTimeout)).Should().Be(0, logmetrics.Stderr);
        var group = await gateway.GroupAsync(new Dictionary<string, string> { ["job"] = "epipe-e2e" });
        group.Should().NotBeNull(logmetrics.Stderr);
        AssertValues(group!, pairs);
    }

    [Fact]
    public async Task Linger_keeps_metrics_served_after_the_push_then_the_process_exits_0()
    {
        Pushgateway.SkipUnlessInstalled();
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", "-", "-exit_on_eof", "-linger", "4s",
            "-push_gateway", gateway.Url.ToString(), "-push_job", "linger-e2e",
            "-address", "127.0.0.1", "-port", "0", "-logtostderr");
        var port = await logmetrics.PortAsync();

        await logmetrics.FeedAndCloseAsync(BatchInput.Bytes(10));
        await Poll.UntilAsync("the linger to start", () => Task.FromResult(logmetrics.Stderr), e => e.Contains("Serving /metrics for 4s more", StringComparison.Ordinal));
        var lingering = Stopwatch.StartNew();

        // Pushed before the linger, and still scraped during it.
        (await gateway.GroupAsync(new Dictionary<string, string> { ["job"] = "linger-e2e" })).Should().NotBeNull();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var scrape = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), TestContext.Current.CancellationToken);
        MetricsText.Value(scrape, "lines_total{prog=\"batch.mtail\"}").Should().Be(BatchInput.Lines(10));
        using var readyz = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"), TestContext.Current.CancellationToken);
        readyz.StatusCode.Should().Be(System.Net.HttpStatusCode.ServiceUnavailable, "the run has ended");
        logmetrics.HasExited.Should().BeFalse("it lingers for 4s");

        (await logmetrics.WaitForExitAsync(ExitTimeout)).Should().Be(0, logmetrics.Stderr);
        lingering.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(3), "the linger lasts 4s from its log line");
    }

    [Fact]
    public async Task A_signal_during_the_linger_ends_it_at_once()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", "-", "-exit_on_eof", "-linger", "10m",
            "-address", "127.0.0.1", "-port", "0", "-logtostderr");
        await logmetrics.PortAsync();
        await logmetrics.FeedAndCloseAsync(BatchInput.Bytes(1));
        await Poll.UntilAsync("the linger to start", () => Task.FromResult(logmetrics.Stderr), e => e.Contains("Serving /metrics for 10m0s more", StringComparison.Ordinal));

        await ChildProcess.RunShellAsync($"kill -TERM {logmetrics.Id}", scratch.Root);

        (await logmetrics.WaitForExitAsync(TimeSpan.FromSeconds(15))).Should().Be(0, logmetrics.Stderr);
    }

    [Fact]
    public async Task A_named_file_that_stops_growing_ends_the_run_after_idle_exit()
    {
        Pushgateway.SkipUnlessInstalled();
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        var log = scratch.PathOf("job.log");
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", log, "-exit_on_eof", "-idle_exit", "3s",
            "-push_gateway", gateway.Url.ToString(), "-push_job", "idle-e2e",
            "-address", "127.0.0.1", "-port", "0", "-logtostderr");
        await logmetrics.PortAsync();
        logmetrics.Stdin.Close();

        // The job creates its log after logmetrics started (read from its first line), writes, and stops.
        await File.WriteAllTextAsync(log, "req 200 5\nreq 500 50\n", TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        await File.AppendAllTextAsync(log, "req 404 500\n", TestContext.Current.CancellationToken);
        var lastWrite = Stopwatch.StartNew();

        (await logmetrics.WaitForExitAsync(ExitTimeout)).Should().Be(0, logmetrics.Stderr);
        lastWrite.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(3), "the file was idle for 3s before the run ended");
        logmetrics.Stderr.Should().Contain("No log grew for 3s: ending the run");
        var group = await gateway.GroupAsync(new Dictionary<string, string> { ["job"] = "idle-e2e" });
        group.Should().NotBeNull(logmetrics.Stderr);
        group!.Value("lines_total", "prog=batch.mtail").Should().Be(3);
        group.Value("requests_total", "code=404").Should().Be(1);
    }

    [Fact]
    public async Task One_shot_pushes_after_printing()
    {
        Pushgateway.SkipUnlessInstalled();
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        var log = scratch.PathOf("job.log");
        await File.WriteAllBytesAsync(log, BatchInput.Bytes(100), TestContext.Current.CancellationToken);
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", log, "-one_shot", "-one_shot_format", "prometheus",
            "-push_gateway", gateway.Url.ToString(), "-push_job", "oneshot-e2e", "-push_label", "run=7");
        logmetrics.Stdin.Close();

        (await logmetrics.WaitForExitAsync(ExitTimeout)).Should().Be(0, logmetrics.Stderr);
        System.Text.Encoding.UTF8.GetString(logmetrics.Stdout).Should().Contain("lines_total{prog=\"batch.mtail\"} 204");
        var group = await gateway.GroupAsync(new Dictionary<string, string> { ["job"] = "oneshot-e2e", ["run"] = "7" });
        group.Should().NotBeNull(logmetrics.Stderr);
        AssertValues(group!, 100);
    }

    [Fact]
    public async Task A_daemon_stopped_by_sigterm_pushes_what_it_has()
    {
        Pushgateway.SkipUnlessInstalled();
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        var log = scratch.PathOf("job.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root,
            "-progs", scratch.Progs, "-logs", log, "-push_gateway", gateway.Url.ToString(), "-push_job", "sigterm-e2e");
        await File.WriteAllTextAsync(log, "req 200 5\nreq 200 7\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"batch.mtail\"}", 2);

        (await daemon.StopAsync()).Should().Be(0, daemon.Stderr);

        var group = await gateway.GroupAsync(new Dictionary<string, string> { ["job"] = "sigterm-e2e" });
        group.Should().NotBeNull(daemon.Stderr);
        group!.Value("requests_total", "code=200").Should().Be(2);
    }

    [Fact]
    public async Task A_failed_push_is_logged_and_exits_3()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("batch.mtail", BatchInput.Program);
        var nobody = new Uri($"http://127.0.0.1:{Pushgateway.FreeLoopbackPort()}/");
        await using var logmetrics = PipedProcess.Start(scratch.Root,
            "-progs", scratch.Progs, "-logs", "-", "-passthrough", "-exit_on_eof",
            "-push_gateway", nobody.ToString(), "-address", "127.0.0.1", "-port", "0");

        await logmetrics.FeedAndCloseAsync("req 200 5\n"u8.ToArray());

        (await logmetrics.WaitForExitAsync(ExitTimeout)).Should().Be(3, logmetrics.Stderr);
        logmetrics.Stderr.Should().Contain($"Push to {nobody}metrics/job/logmetrics failed: ");
        logmetrics.Stdout.Should().Equal("req 200 5\n"u8.ToArray());
    }

    static void AssertValues(PushedGroup group, int pairs)
    {
        group.Type("lines_total").Should().Be("COUNTER");
        group.Value("lines_total", "prog=batch.mtail").Should().Be(BatchInput.Lines(pairs));
        group.Value("requests_total", "code=200").Should().Be(BatchInput.Requests200(pairs));
        group.Value("requests_total", "code=500").Should().Be(BatchInput.Requests500(pairs));
        group.Value("requests_total", "code=404").Should().Be(1);
        group.Type("latency_ms").Should().Be("HISTOGRAM");
        var latency = group.Series("latency_ms", "prog=batch.mtail");
        PushedGroup.Number(latency.GetProperty("count")).Should().Be(BatchInput.LatencyCount(pairs));
        PushedGroup.Number(latency.GetProperty("sum")).Should().Be(BatchInput.LatencySum(pairs));
    }
}
