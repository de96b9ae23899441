namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>The deployment users asked for: logmetrics next to a batch job whose log does not exist yet.</summary>
public sealed class SidecarTests
{
    [Fact]
    public async Task A_log_created_after_start_by_tee_is_read_from_its_first_line()
    {
        using var scratch = new Scratch();
        var log = scratch.PathOf("job.log");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root,
            "-progs", Scratch.RepositoryFile("examples/gpu-job/config.mtail"), "-logs", log);

        await ChildProcess.RunShellAsync(
            "printf 'running with 1 200 100 2000\\nplatform: gpu\\n12.5\\n(200, 100, 1, 2000) gpu:0\\n' | tee -a job.log > /dev/null",
            scratch.Root);

        var scrape = await daemon.WaitForValueAsync("duration{prog=\"config.mtail\"}", 12.5);
        MetricsText.Value(scrape, $"mtail_log_lines_total{{logfile=\"{log}\"}}").Should().Be(4);
        MetricsText.Value(scrape, "mtail_lines_total").Should().Be(4);
        (await daemon.StopAsync()).Should().Be(0, daemon.Stderr);
    }
}
