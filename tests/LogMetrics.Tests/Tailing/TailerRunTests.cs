namespace LogMetrics.Tests.Tailing;

public sealed class TailerRunTests
{
    static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the tailer's loop should have got there");
            await Task.Delay(2, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Run_polls_at_once_then_only_when_the_clock_reaches_the_interval()
    {
        await using var h = new TailerHarness("a.log");
        using var stop = new CancellationTokenSource();
        var run = h.Tailer.RunAsync(stop.Token);
        await WaitUntil(() => h.Tailer.Passes == 1);
        h.Clock.Advance(TimeSpan.FromMilliseconds(249));
        h.Tailer.Passes.Should().Be(1);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntil(() => h.Tailer.Passes == 2);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task A_zero_interval_means_250_ms_as_in_mtail()
    {
        await using var h = new TailerHarness(o => o with { PollInterval = TimeSpan.Zero, PollLogInterval = TimeSpan.Zero }, "a.log");
        using var stop = new CancellationTokenSource();
        var run = h.Tailer.RunAsync(stop.Token);
        await WaitUntil(() => h.Tailer.Passes == 1);
        h.Clock.Advance(TimeSpan.FromMilliseconds(249));
        h.Tailer.Passes.Should().Be(1);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntil(() => h.Tailer.Passes == 2);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task A_tailer_runs_once()
    {
        await using var h = new TailerHarness("a.log");
        using var stop = new CancellationTokenSource();
        var run = h.Tailer.RunAsync(stop.Token);
        await FluentActions.Awaiting(() => h.Tailer.RunAsync(stop.Token)).Should().ThrowAsync<InvalidOperationException>();
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Files_are_read_every_poll_interval_and_looked_for_every_poll_log_interval()
    {
        await using var h = new TailerHarness(
            o => o with { PollInterval = TimeSpan.FromMilliseconds(100), PollLogInterval = TimeSpan.FromSeconds(1) }, "*.log");
        h.Append("known.log", "");
        using var stop = new CancellationTokenSource();
        var run = h.Tailer.RunAsync(stop.Token);
        await WaitUntil(() => h.Tailer.Passes == 1);
        h.Append("known.log", "k\n");
        h.Append("new.log", "n\n");
        h.Clock.Advance(TimeSpan.FromMilliseconds(100));
        await WaitUntil(() => h.Tailer.Passes == 2);
        h.Texts().Should().Equal("k");
        for (var pass = 3; pass <= 10; pass++)
        {
            h.Clock.Advance(TimeSpan.FromMilliseconds(100));
            await WaitUntil(() => h.Tailer.Passes == pass);
        }
        h.Texts().Should().BeEmpty("the pattern is polled every second only");
        h.Clock.Advance(TimeSpan.FromMilliseconds(100));
        await WaitUntil(() => h.Tailer.Passes == 11);
        h.Texts().Should().Equal("n");
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Cancelling_the_run_hands_on_partial_lines_and_closes_every_file()
    {
        await using var h = new TailerHarness("a.log");
        h.Append("a.log", "");
        using var stop = new CancellationTokenSource();
        var run = h.Tailer.RunAsync(stop.Token);
        await WaitUntil(() => h.Tailer.Passes == 1);
        h.Append("a.log", "whole\npartial");
        h.Clock.Advance(TimeSpan.FromMilliseconds(250));
        await WaitUntil(() => h.Tailer.Passes == 2);
        h.Texts().Should().Equal("whole");
        await stop.CancelAsync();
        await run;
        h.Texts().Should().Equal("partial");
        h.Status("a.log").Should().BeEquivalentTo(new { IsOpen = false, Opens = 1, Closes = 1, LinesRead = 2 });
        FluentActions.Invoking(h.Tailer.Poll).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public async Task A_log_that_fails_is_counted_every_time_reported_once_and_retried()
    {
        await using var h = new TailerHarness("unix://{dir}/busy.sock");
        var path = h.PathOf("busy.sock");
        // Any file at the path makes the bind fail, as a stale socket does (mtail issue #276).
        File.WriteAllText(path, "");
        using var stop = new CancellationTokenSource();
        var run = h.Tailer.RunAsync(stop.Token);
        await WaitUntil(() => h.Tailer.Passes == 1);
        for (var pass = 2; pass <= 4; pass++)
        {
            h.Clock.Advance(TimeSpan.FromMilliseconds(250));
            await WaitUntil(() => h.Tailer.Passes == pass);
        }
        h.Status(path).Should().BeEquivalentTo(new { Errors = 4, IsOpen = false });
        h.Status(path).LastError.Should().Contain("in use");
        h.Errors.Should().ContainSingle().Which.Path.Should().Be(path);

        File.Delete(path);
        h.Clock.Advance(TimeSpan.FromMilliseconds(250));
        await WaitUntil(() => h.Tailer.Passes == 5);
        h.Status(path).Should().BeEquivalentTo(new { Errors = 4, IsOpen = true });
        await stop.CancelAsync();
        await run;
        File.Exists(path).Should().BeFalse("the tailer removes the socket it created");
    }
}
