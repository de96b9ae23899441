using LogMetrics.Tests.Integration.Daemon;
using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>
/// Logs rotated in every usual way under a running daemon, by a writer appending numbered lines;
/// every line must be counted exactly once.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class RotationScenarios
{
    [Fact]
    public async Task Rename_rotation_with_late_writes_to_the_renamed_file()
    {
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await StartAsync(scratch, log);
        using var writer = new NumberedWriter(log);

        for (var rotation = 1; rotation <= 3; rotation++)
        {
            await writer.PacedAsync(1000);
            File.Move(log, $"{log}.{rotation}");
            // The program has not been told to reopen yet: it writes on to the renamed file.
            await writer.PacedAsync(200);
            writer.Reopen(log);
        }
        await writer.PacedAsync(500);

        await ExpectExactlyAsync(daemon, writer.Numbers);
    }

    [Fact]
    public async Task Copytruncate_with_the_file_refilled_past_the_old_offset_before_the_next_poll()
    {
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await StartAsync(scratch, log);
        using var writer = new NumberedWriter(log);

        for (var rotation = 1; rotation <= 3; rotation++)
        {
            await writer.PacedAsync(1000);
            // What is written between the copy and the truncation is lost by copytruncate itself
            // (a documented logrotate race), so the rotation waits until the daemon has read it.
            await CaughtUpAsync(daemon, writer.Numbers);
            File.Copy(log, $"{log}.{rotation}");
            using (var file = File.OpenHandle(log, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
                RandomAccess.SetLength(file, 0);
            }
            // More than was there before, at once: only the content shows the truncation.
            writer.Lines(1500);
        }

        await ExpectExactlyAsync(daemon, writer.Numbers);
    }

    [Fact]
    public async Task Truncation_by_another_process_then_short_writes()
    {
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await StartAsync(scratch, log);
        using var writer = new NumberedWriter(log);

        for (var round = 1; round <= 3; round++)
        {
            await writer.PacedAsync(800);
            await CaughtUpAsync(daemon, writer.Numbers);
            await Integration.Daemon.ChildProcess.RunShellAsync(": > app.log", scratch.Root);
            await writer.PacedAsync(20, batch: 5, pauseMs: 30);
        }

        await ExpectExactlyAsync(daemon, writer.Numbers);
    }

    [Fact]
    public async Task A_file_rewritten_to_exactly_its_previous_size_is_read_again()
    {
        // Before: the size equalled the read offset, so the check stopped there and the count stayed 1.
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        await using var daemon = await StartAsync(scratch, log);
        const string Lines = "lines_total{prog=\"count.mtail\"}";
        const string Sum = "line_number_sum{prog=\"count.mtail\"}";

        File.AppendAllText(log, "line 11\n");
        var (count, sum) = (1, 11);
        await Poll.UntilAsync("the first line", daemon.MetricsAsync, scrape => MetricsText.Value(scrape, Lines) == count, CatchUpTimeout);
        foreach (var n in new[] { 22, 33, 44, 55 })
        {
            // Written over in place, never shorter: only the content tells it changed.
            using (var file = File.OpenHandle(log, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
                RandomAccess.Write(file, System.Text.Encoding.ASCII.GetBytes($"line {n}\n"), 0);
            }
            (count, sum) = (count + 1, sum + n);
            await Poll.UntilAsync($"line {n}", daemon.MetricsAsync, scrape => MetricsText.Value(scrape, Lines) >= count, CatchUpTimeout);
        }

        await Task.Delay(300, TestContext.Current.CancellationToken);
        var final = await daemon.MetricsAsync();
        MetricsText.Value(final, Lines).Should().Be(5);
        MetricsText.Value(final, Sum).Should().Be(sum);
    }

    [Fact]
    public async Task Symbolic_link_swapped_to_a_new_file_while_the_old_one_is_still_written()
    {
        using var scratch = NewScratch();
        var link = scratch.PathOf("current.log");
        File.WriteAllText(scratch.PathOf("a.log"), "");
        File.CreateSymbolicLink(link, "a.log");
        await using var daemon = await StartAsync(scratch, link);
        using var writer = new NumberedWriter(scratch.PathOf("a.log"));

        foreach (var next in new[] { "b.log", "c.log", "d.log" })
        {
            await writer.PacedAsync(1000);
            File.WriteAllText(scratch.PathOf(next), "");
            var temp = scratch.PathOf("current.log.tmp");
            File.CreateSymbolicLink(temp, next);
            File.Move(temp, link, overwrite: true); // rename(2): the link changes in one step
            await writer.PacedAsync(200);
            writer.Reopen(scratch.PathOf(next));
        }
        await writer.PacedAsync(500);

        await ExpectExactlyAsync(daemon, writer.Numbers);
    }

    [Fact]
    public async Task Many_small_files_created_one_after_another()
    {
        using var scratch = NewScratch();
        var dir = Directory.CreateDirectory(scratch.PathOf("logs")).FullName;
        await using var daemon = await StartAsync(scratch, Path.Combine(dir, "*.log"));
        var numbers = new LineNumbers();

        var writers = new List<NumberedWriter>();
        try
        {
            for (var i = 0; i < 200; i++)
            {
                var writer = new NumberedWriter(Path.Combine(dir, $"job-{i:D3}.log"), numbers);
                writers.Add(writer);
                writer.Lines(10);
                // Every file gets a second write a little later, some after a poll has seen the first.
                if (i >= 5)
                {
                    writers[i - 5].Lines(10);
                }
                if (i % 10 == 0)
                {
                    await Task.Delay(30, TestContext.Current.CancellationToken);
                }
            }
            foreach (var writer in writers[^5..])
            {
                writer.Lines(10);
            }

            await ExpectExactlyAsync(daemon, numbers);
            numbers.Count.Should().Be(4000);
        }
        finally
        {
            writers.ForEach(w => w.Dispose());
        }
    }
}
