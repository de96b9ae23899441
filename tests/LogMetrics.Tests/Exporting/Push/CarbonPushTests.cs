using System.Globalization;
using LogMetrics.Exporting.Push;
using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Exporting.Push;

/// <summary>The Graphite push against a real carbon-cache (Debian's graphite-carbon), read back from its whisper
/// files.</summary>
public sealed class CarbonPushTests
{
    const string CarbonCache = "/usr/bin/carbon-cache";

    // Every series carbon should store, with its value: each histogram label set with its own bins.
    static readonly Dictionary<string, double> Expected = new()
    {
        ["gp.test.mtail.last_size"] = 400,
        ["gp.test.mtail.latency_ms.method.GET.bin_10"] = 1,
        ["gp.test.mtail.latency_ms.method.GET.bin_50"] = 1,
        ["gp.test.mtail.latency_ms.method.GET.bin_100"] = 1,
        ["gp.test.mtail.latency_ms.method.GET.bin_inf"] = 0,
        ["gp.test.mtail.latency_ms.method.GET.count"] = 3,
        ["gp.test.mtail.latency_ms.method.GET"] = 105,
        ["gp.test.mtail.latency_ms.method.POST.bin_10"] = 0,
        ["gp.test.mtail.latency_ms.method.POST.bin_50"] = 0,
        ["gp.test.mtail.latency_ms.method.POST.bin_100"] = 0,
        ["gp.test.mtail.latency_ms.method.POST.bin_inf"] = 1,
        ["gp.test.mtail.latency_ms.method.POST.count"] = 1,
        ["gp.test.mtail.latency_ms.method.POST"] = 120,
        ["gp.test.mtail.ratio_total"] = 2,
        ["gp.test.mtail.requests_total.code.200.method.GET"] = 2,
        ["gp.test.mtail.requests_total.code.500.method.POST"] = 1,
        ["gp.test.mtail.requests_total.code.404.method.GET"] = 1,
        ["gp.test.mtail.t_ms"] = 30,
    };

    [Fact]
    public async Task Carbon_stores_every_series_under_its_name_with_its_value()
    {
        if (!File.Exists(CarbonCache))
        {
            Assert.Skip($"{CarbonCache} is not installed (.ci/run installs Debian's graphite-carbon).");
        }

        using var scratch = new Scratch();
        var port = Loopback.FreeTcpPort();
        var whisper = scratch.PathOf("whisper");
        File.WriteAllText(scratch.PathOf("carbon.conf"), $"""
            [cache]
            STORAGE_DIR = {scratch.PathOf("storage")}
            LOCAL_DATA_DIR = {whisper}
            WHITELISTS_DIR = {scratch.PathOf("lists")}
            LOG_DIR = {scratch.PathOf("log")}
            PID_DIR = {scratch.Root}
            USER =
            ENABLE_TAGS = False
            MAX_CACHE_SIZE = inf
            MAX_UPDATES_PER_SECOND = inf
            MAX_CREATES_PER_MINUTE = inf
            LINE_RECEIVER_INTERFACE = 127.0.0.1
            LINE_RECEIVER_PORT = {port}
            ENABLE_UDP_LISTENER = False
            PICKLE_RECEIVER_INTERFACE = 127.0.0.1
            PICKLE_RECEIVER_PORT = {Loopback.FreeTcpPort()}
            CACHE_QUERY_INTERFACE = 127.0.0.1
            CACHE_QUERY_PORT = {Loopback.FreeTcpPort()}
            """);
        File.WriteAllText(scratch.PathOf("storage-schemas.conf"), "[all]\npattern = .*\nretentions = 1s:1h\n");
        await using var carbon = ChildProcess.Start(CarbonCache, [$"--config={scratch.PathOf("carbon.conf")}", "--debug", "start"], scratch.Root);
        await Poll.UntilAsync("carbon-cache to listen", () => Loopback.AcceptsAsync(port), up => up || carbon.HasExited, TimeSpan.FromSeconds(60));
        carbon.HasExited.Should().BeFalse(carbon.Stdout + carbon.Stderr);

        var now = PushedProgram.Now();
        var pusher = new GraphitePusher(PushedProgram.Store(now), $"127.0.0.1:{port}", "gp.", TimeSpan.FromSeconds(10));
        await pusher.PushAsync(TestContext.Current.CancellationToken);

        var stored = await Poll.UntilAsync("carbon to write every series",
            () => ReadWhisperAsync(whisper, now, scratch.Root), s => s.Count >= Expected.Count, TimeSpan.FromSeconds(30));
        stored.Should().BeEquivalentTo(Expected);
    }

    // whisper's own Python module (python3-whisper, which graphite-carbon depends on), as whisper-fetch uses it, in
    // one process rather than one whisper-fetch per file:
    // the value stored at `now` in each file, the file's path turned back into the dotted name. A file carbon has
    // created but not yet written its header to is skipped (seen once: struct.unpack failed on it).
    static async Task<Dictionary<string, double>> ReadWhisperAsync(string root, DateTimeOffset now, string workingDirectory)
    {
        var script = $$"""
            import os, whisper
            root = {{Quote(root)}}; now = {{now.ToUnixTimeSeconds()}}
            for d, _, files in os.walk(root):
                for f in files:
                    if f.endswith('.wsp'):
                        try:
                            (start, end, step), values = whisper.fetch(os.path.join(d, f), now - 1, now + 1)
                        except Exception:
                            continue  # carbon is still writing the file's header: the next poll reads it
                        value = values[(now - start) // step]
                        if value is not None:
                            print(os.path.relpath(os.path.join(d, f[:-4]), root).replace('/', '.'), repr(value))
            """;
        // The interpreter whisper-fetch runs on, where Debian installs the module (not whatever python3 is first on PATH).
        await using var python = ChildProcess.Start("/usr/bin/python3", ["-c", script], workingDirectory);
        (await python.WaitForExitAsync(TimeSpan.FromSeconds(30))).Should().Be(0, python.Stderr);
        return python.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
    }

    static string Quote(string path) => "'" + path.Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
