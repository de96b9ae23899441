using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>
/// One logmetrics run after another on the same logs and state directory; disposing kills
/// whichever still runs, whatever the test's outcome.
/// </summary>
internal sealed class RestartingDaemon(Scratch scratch, string logs, params string[] flags) : IAsyncDisposable
{
    readonly List<DaemonProcess> _runs = [];

    public DaemonProcess Current => _runs[^1];

    /// <summary>How many times it was started.</summary>
    public int Starts => _runs.Count;

    public async Task<DaemonProcess> StartAsync()
    {
        var daemon = await CountingDaemon.StartAsync(scratch, logs, flags);
        _runs.Add(daemon);
        return daemon;
    }

    /// <summary>SIGTERM: a clean stop, which writes a last checkpoint.</summary>
    public async Task StopAsync() => (await Current.StopAsync()).Should().Be(0, Current.Stderr);

    /// <summary>SIGKILL: nothing is flushed and no checkpoint is written.</summary>
    public async Task KillAsync()
    {
        Current.Process.SignalNow(9);
        await Current.Process.WaitForExitAsync(Poll.DefaultTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var run in _runs)
        {
            await run.DisposeAsync();
        }
    }
}
