using System.Collections.Concurrent;
using System.Net.Sockets;
using LogMetrics.Exporting.Push;
using LogMetrics.Metrics;
using Microsoft.Extensions.Time.Testing;

namespace LogMetrics.Tests.Exporting.Push;

public sealed class PushSchedulerTests
{
    sealed class Outcomes : IPushObserver
    {
        public ConcurrentQueue<string> Seen { get; } = new();

        public void Succeeded(string exporter) => Seen.Enqueue($"{exporter} ok");

        public void Failed(string exporter, Exception reason) => Seen.Enqueue($"{exporter} failed: {reason.Message}");
    }

    // Fails while `failing` is set; counts its pushes.
    sealed class FlakyPusher : IMetricPusher
    {
        public volatile bool Failing = true;
        public int Pushes;

        public string Name => "flaky";

        public Task PushAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Pushes);
            return Failing ? Task.FromException(new IOException("connection refused")) : Task.CompletedTask;
        }
    }

    // Never finishes a push until cancelled: a receiver that hangs.
    sealed class HangingPusher : IMetricPusher
    {
        public string Name => "hanging";

        public Task PushAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
    }

    [Fact]
    public async Task A_failed_push_is_reported_and_tried_again_at_the_next_interval_without_holding_up_other_targets()
    {
        var clock = new FakeTimeProvider();
        var flaky = new FlakyPusher();
        var outcomes = new Outcomes();
        using var stop = new CancellationTokenSource();
        var running = new PushScheduler([flaky, new HangingPusher()], TimeSpan.FromMinutes(1), outcomes, clock).RunAsync(stop.Token);

        clock.Advance(TimeSpan.FromSeconds(59));
        flaky.Pushes.Should().Be(0, "the first push comes one interval after the start, as in mtail");

        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => outcomes.Seen.Count == 1);
        flaky.Failing = false;
        clock.Advance(TimeSpan.FromMinutes(1));
        await WaitForAsync(() => outcomes.Seen.Count == 2);

        outcomes.Seen.Should().Equal("flaky failed: connection refused", "flaky ok");
        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_refused_graphite_connection_is_a_failed_push_with_the_sockets_reason()
    {
        var outcomes = new Outcomes();
        var pusher = new GraphitePusher(new MetricStore(), $"127.0.0.1:{Loopback.FreeTcpPort()}", "", TimeSpan.FromSeconds(5));

        await PushScheduler.PushOnceAsync(pusher, outcomes, TestContext.Current.CancellationToken);

        outcomes.Seen.Should().ContainSingle().Which.Should().StartWith("graphite failed: Connection refused");
    }

    [Fact]
    public async Task A_receiver_that_never_answers_fails_the_push_at_the_write_deadline()
    {
        // A listener that accepts nothing past its backlog and never reads: the collectd pusher waits for replies.
        var socketPath = Path.Combine(Directory.CreateTempSubdirectory("logmetrics-push-").FullName, "sock");
        using var silent = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        silent.Bind(new UnixDomainSocketEndPoint(socketPath));
        silent.Listen();
        var outcomes = new Outcomes();
        var store = PushedProgram.Store(PushedProgram.Now());
        var pusher = new CollectdPusher(store, socketPath, "", "h", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(300));

        await PushScheduler.PushOnceAsync(pusher, outcomes, TestContext.Current.CancellationToken);

        outcomes.Seen.Should().Equal("collectd failed: push not done within the write deadline (0.3s)");
    }

    [Fact]
    public async Task No_targets_or_a_zero_interval_means_no_push_task()
    {
        var outcomes = new Outcomes();
        await new PushScheduler([], TimeSpan.FromMinutes(1), outcomes).RunAsync(CancellationToken.None);
        await new PushScheduler([new FlakyPusher()], TimeSpan.Zero, outcomes).RunAsync(CancellationToken.None);
        outcomes.Seen.Should().BeEmpty();
    }

    static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the scheduler should have pushed by now");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
