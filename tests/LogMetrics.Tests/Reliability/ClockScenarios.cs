using LogMetrics.Tests.Integration.Daemon;
using static LogMetrics.Tests.Reliability.CountingDaemon;

namespace LogMetrics.Tests.Reliability;

/// <summary>
/// The daemon's wall clock stepped while it runs, with libfaketime (Debian's faketime) preloaded into
/// it and its monotonic clock left alone, as NTP or an operator would step it.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ClockScenarios
{
    const string LibFaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

    [Fact]
    public async Task Wall_clock_steps_neither_stall_discovery_nor_close_a_renamed_file_early()
    {
        // Before: a step back of an hour stalled discovery of new files for that hour, and a step
        // forward during a rename's grace period closed the renamed file at once (late lines lost).
        if (!File.Exists(LibFaketime))
        {
            Assert.Skip($"{LibFaketime} is not installed (Debian's faketime package, which .ci/run installs): it steps the daemon's wall clock");
        }
        using var scratch = NewScratch();
        var offset = scratch.PathOf("clock-offset");
        File.WriteAllText(offset, "+0");
        var environment = new Dictionary<string, string>
        {
            ["LD_PRELOAD"] = LibFaketime,
            ["FAKETIME_DONT_FAKE_MONOTONIC"] = "1",
            ["FAKETIME_TIMESTAMP_FILE"] = offset,
            ["FAKETIME_NO_CACHE"] = "1",
        };
        var first = scratch.PathOf("a.log");
        File.WriteAllText(first, "");
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, null, environment,
            "-progs", scratch.Progs, "-logs", scratch.PathOf("*.log"), "-poll_interval", "50ms", "-poll_log_interval", "50ms");
        using var writer = new NumberedWriter(first);
        await writer.PacedAsync(200);
        await CaughtUpAsync(daemon, writer.Numbers);

        // An hour back, then a new file: it must be found within a few polls, not in an hour.
        File.WriteAllText(offset, "-3600");
        await Task.Delay(300, TestContext.Current.CancellationToken);
        writer.Reopen(scratch.PathOf("b.log"));
        await writer.PacedAsync(200);
        await CaughtUpAsync(daemon, writer.Numbers);

        // Renamed out of the pattern; once the daemon has seen it go, two hours forward; the writer
        // still writes to it, well within the 5 s grace period as the monotonic clock counts it.
        File.Move(scratch.PathOf("b.log"), scratch.PathOf("b.log.1"));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        File.WriteAllText(offset, "+3600");
        await Task.Delay(200, TestContext.Current.CancellationToken);
        await writer.PacedAsync(100);

        await ExpectExactlyAsync(daemon, writer.Numbers);
    }
}
