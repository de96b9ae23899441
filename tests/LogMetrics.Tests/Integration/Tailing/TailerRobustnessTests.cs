using System.Runtime.Versioning;
using System.Threading.Channels;
using LogMetrics.Tailing;
using LogMetrics.Tests.Tailing;

namespace LogMetrics.Tests.Integration.Tailing;

/// <summary>Unreadable files, slow consumers and the real clock.</summary>
public sealed class TailerRobustnessTests
{
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_file_is_counted_reported_once_and_read_from_its_start_once_readable()
    {
        await using var h = new TailerHarness("*.log");
        h.Poll();
        h.Append("secret.log", "1\n2\n");
        File.SetUnixFileMode(h.PathOf("secret.log"), UnixFileMode.None);
        if (CanOpen(h.PathOf("secret.log")))
        {
            Assert.Skip("running as root (as CI does): chmod 000 does not deny reading");
        }
        h.Poll().Should().BeEmpty();
        h.Poll().Should().BeEmpty();
        h.Status("secret.log").Should().BeEquivalentTo(new { Errors = 2, IsOpen = false });
        h.Status("secret.log").LastError.Should().Be($"open {h.PathOf("secret.log")}: permission denied");
        h.Errors.Should().ContainSingle().Which.Error.Should().BeOfType<UnauthorizedAccessException>();

        File.SetUnixFileMode(h.PathOf("secret.log"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        h.Poll().Should().Equal("1", "2");
        h.Status("secret.log").Should().BeEquivalentTo(new { Errors = 2, Opens = 1, IsOpen = true });
    }

    [Fact]
    public async Task A_full_bounded_channel_slows_the_tailer_down_and_loses_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("logmetrics-tail-").FullName;
        try
        {
            var channel = Channel.CreateBounded<LogLine>(new BoundedChannelOptions(4) { SingleReader = true });
            await using var tailer = new Tailer(new TailerOptions { Patterns = [Path.Combine(dir, "*.log")] }, channel.Writer);
            tailer.Poll();
            await File.WriteAllLinesAsync(Path.Combine(dir, "a.log"), TailerHarness.Numbered("line", 1, 5000), TestContext.Current.CancellationToken);
            var poll = Task.Run(tailer.Poll, TestContext.Current.CancellationToken);
            var received = new List<string>();
            while (received.Count < 5000)
            {
                received.Add((await channel.Reader.ReadAsync(TestContext.Current.CancellationToken)).Text);
            }
            await poll;
            received.Should().Equal(TailerHarness.Numbered("line", 1, 5000));
            channel.Reader.TryRead(out _).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task On_the_real_clock_a_log_created_after_start_is_followed_without_any_wait_by_its_writer()
    {
        await using var h = new TailerHarness(
            o => o with { Clock = TimeProvider.System, PollInterval = TimeSpan.FromMilliseconds(5), PollLogInterval = TimeSpan.FromMilliseconds(5) },
            "logs/*.log");
        using var stop = new CancellationTokenSource();
        var run = h.Tailer.RunAsync(stop.Token);
        // Files present at the first poll are read from their end: start writing after it.
        while (h.Tailer.Passes == 0)
        {
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }
        h.Run("mkdir logs; for i in $(seq 1 300); do echo line $i >> logs/app.log; done; printf 'last' >> logs/app.log");
        (await h.ReceiveAsync(300)).Select(l => l.Text).Should().Equal(TailerHarness.Numbered("line", 1, 300));
        await stop.CancelAsync();
        await run;
        h.Texts().Should().Equal("last");
    }

    static bool CanOpen(string path)
    {
        try
        {
            File.OpenRead(path).Dispose();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
