namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>Logs that appear, rotate and get truncated under a running daemon, written by real processes.</summary>
public sealed class FileTests
{
    // The count finds lost lines; the sum of the line numbers also finds repeated ones.
    const string CountAndSum = """
        counter lines_total
        counter line_number_sum
        /^line (?P<n>\d+)$/ {
          lines_total++
          line_number_sum += $n
        }
        """;

    static double SumOf(int from, int to) => (from + to) * (to - from + 1) / 2.0;

    [Fact]
    public async Task A_glob_picks_up_a_file_created_after_start_and_ignores_files_it_does_not_match()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", CountAndSum);
        Directory.CreateDirectory(scratch.PathOf("logs"));
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root,
            "-progs", scratch.Progs, "-logs", scratch.PathOf("logs/*.log"));

        await ChildProcess.RunShellAsync(
            "for i in 1 2 3; do echo line $i >> logs/app.log; done; for i in 4 5; do echo line $i >> logs/app.txt; done", scratch.Root);

        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"count.mtail\"}", 3);
        MetricsText.Value(scrape, "line_number_sum{prog=\"count.mtail\"}").Should().Be(6);
        MetricsText.Value(scrape, $"mtail_log_lines_total{{logfile=\"{scratch.PathOf("logs/app.log")}\"}}").Should().Be(3);
        scrape.Should().NotContain("app.txt");
    }

    [Fact]
    public async Task Rename_rotation_with_a_writer_that_keeps_appending_loses_and_repeats_nothing()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", CountAndSum);
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        // logrotate's "create" method: the log is renamed under the writer, which keeps writing
        // to its open file (lines 101-150) until it is told to reopen the path (151-300).
        await ChildProcess.RunShellAsync("""
            exec 3>>app.log
            i=1
            while [ $i -le 300 ]; do
              echo "line $i" >&3
              if [ $i = 100 ]; then mv app.log app.log.1; fi
              if [ $i = 150 ]; then exec 3>>app.log; fi
              if [ $((i % 10)) = 0 ]; then sleep 0.05; fi
              i=$((i + 1))
            done
            """, scratch.Root);

        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"count.mtail\"}", 300);
        MetricsText.Value(scrape, "line_number_sum{prog=\"count.mtail\"}").Should().Be(SumOf(1, 300));
        MetricsText.Value(scrape, $"logmetrics_log_rotations_total{{logfile=\"{log}\"}}").Should().Be(1);
        MetricsText.Value(scrape, $"mtail_log_lines_total{{logfile=\"{log}\"}}").Should().Be(300);
        // Half a second more (two read polls) must not bring a line twice.
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        MetricsText.Value(await daemon.MetricsAsync(), "lines_total{prog=\"count.mtail\"}").Should().Be(300);
    }

    [Fact]
    public async Task Copytruncate_under_a_writer_that_keeps_its_file_open_loses_and_repeats_nothing()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", CountAndSum);
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        // An O_APPEND writer (as copytruncate requires) writes 100 lines, then waits for the
        // rotation and writes 20 more, which land at the start of the truncated file.
        await using var writer = ChildProcess.Start("/bin/sh", ["-c", """
            exec 3>>app.log
            for i in $(seq 1 100); do echo "line $i" >&3; done
            while [ ! -e rotated ]; do sleep 0.05; done
            for i in $(seq 101 120); do echo "line $i" >&3; done
            """], scratch.Root);
        // Lines not yet read when the file is truncated are lost by copytruncate itself (mtail too).
        await daemon.WaitForValueAsync("lines_total{prog=\"count.mtail\"}", 100);
        await ChildProcess.RunShellAsync("cp app.log app.log.1 && : > app.log && touch rotated", scratch.Root);
        (await writer.WaitForExitAsync(Poll.DefaultTimeout)).Should().Be(0, writer.Stderr);

        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"count.mtail\"}", 120);
        MetricsText.Value(scrape, "line_number_sum{prog=\"count.mtail\"}").Should().Be(SumOf(1, 120));
        MetricsText.Value(scrape, $"logmetrics_log_truncations_total{{logfile=\"{log}\"}}").Should().Be(1);
        MetricsText.Value(scrape, $"mtail_log_lines_total{{logfile=\"{log}\"}}").Should().Be(120);
        new FileInfo(log).Length.Should().Be(20 * "line 1xx\n".Length);
    }
}
