using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>Restarts with <c>-state_dir</c>: clean stops and kills, around rotations and partial lines.</summary>
[Trait("Category", "Reliability")]
public sealed class RestartScenarios
{
    [Fact]
    public async Task A_log_rotated_while_the_daemon_is_down_is_finished_then_the_new_one_read_whole()
    {
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        using var writer = new NumberedWriter(log);
        await using var daemon = new RestartingDaemon(scratch, log, StateFlags(scratch));
        await daemon.StartAsync();
        await writer.PacedAsync(1000);
        await CaughtUpAsync(daemon.Current, writer.Numbers);
        await daemon.StopAsync();

        // Down: the writer goes on, the log is rotated, the writer reopens and goes on.
        writer.Lines(300);
        File.Move(log, log + ".1");
        writer.Lines(100); // late, to the renamed file
        writer.Reopen(log);
        writer.Lines(300);
        await ExpectExactlyAsync(await daemon.StartAsync(), writer.Numbers, because: "after a clean stop");

        // The same after a crash, with lines written since the last checkpoint.
        await writer.PacedAsync(500);
        await daemon.KillAsync();
        writer.Lines(200);
        File.Move(log, log + ".2");
        writer.Reopen(log);
        writer.Lines(200);
        await ExpectExactlyAsync(await daemon.StartAsync(), writer.Numbers, because: "after kill -9");
    }

    [Fact]
    public async Task Lines_written_in_pieces_are_counted_whole_across_polls_a_stop_and_a_kill()
    {
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        using var writer = new NumberedWriter(log);
        var random = new Random(7);
        await using var daemon = new RestartingDaemon(scratch, log, StateFlags(scratch));
        await daemon.StartAsync();

        for (var i = 0; i < 150; i++)
        {
            var text = writer.NextLineText();
            var cut = random.Next(1, text.Length);
            writer.Raw(text[..cut]);
            if (i % 5 == 0)
            {
                await Task.Delay(60, TestContext.Current.CancellationToken); // a poll sees the piece
            }
            writer.Raw(text[cut..]);
        }
        await ExpectExactlyAsync(daemon.Current, writer.Numbers, because: "while running");

        // Stopped with half a line written: it stays in the file and is read whole after the restart.
        var held = writer.NextLineText();
        writer.Raw(held[..4]);
        await Task.Delay(150, TestContext.Current.CancellationToken);
        await daemon.StopAsync();
        writer.Raw(held[4..]);
        writer.Lines(50);
        await ExpectExactlyAsync(await daemon.StartAsync(), writer.Numbers, because: "after a clean stop in the middle of a line");

        // Killed with half a line written.
        held = writer.NextLineText();
        writer.Raw(held[..6]);
        await Task.Delay(250, TestContext.Current.CancellationToken);
        await daemon.KillAsync();
        writer.Raw(held[6..]);
        await ExpectExactlyAsync(await daemon.StartAsync(), writer.Numbers, because: "after kill -9 in the middle of a line");
    }

    [Fact]
    public async Task Rotated_files_that_start_with_the_same_long_header_are_told_apart()
    {
        // Longer than the fingerprint of a file's first bytes: only the inode tells the files apart.
        var header = "# " + new string('h', 3000) + "\n";
        using var scratch = NewScratch();
        var log = scratch.PathOf("app.log");
        File.WriteAllText(log, "");
        using var writer = new NumberedWriter(log);
        await using var daemon = new RestartingDaemon(scratch, log, StateFlags(scratch));
        await daemon.StartAsync();
        writer.Raw(header);
        await writer.PacedAsync(500);

        // Rotated while running: the new file starts exactly like the old one.
        File.Move(log, log + ".1");
        writer.Reopen(log);
        writer.Raw(header);
        await writer.PacedAsync(500);
        await ExpectExactlyAsync(daemon.Current, writer.Numbers, otherLines: 2, because: "rotated while running");

        // Killed, then rotated while down.
        await writer.PacedAsync(300);
        await daemon.KillAsync();
        File.Move(log, log + ".2");
        writer.Reopen(log);
        writer.Raw(header);
        writer.Lines(300);
        await ExpectExactlyAsync(await daemon.StartAsync(), writer.Numbers, otherLines: 3, because: "rotated while down");
    }
}
