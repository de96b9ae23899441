using System.Globalization;
using LogMetrics.Exporting.Push;
using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Exporting.Push;

/// <summary>The collectd push against a real collectd (Debian's collectd-core) through its unixsock plugin, read
/// back from its csv plugin's files (which keep counters as sent, not as rates).</summary>
public sealed class CollectdPushTests
{
    const string Collectd = "/usr/sbin/collectd";

    // Every value list collectd should store, by its identifier (host/plugin-instance/type-instance).
    static readonly Dictionary<string, double> Expected = new()
    {
        ["testhost/cp-mtail-test.mtail/gauge-last_size"] = 400,
        ["testhost/cp-mtail-test.mtail/histogram-latency_ms-method-GET"] = 105,
        ["testhost/cp-mtail-test.mtail/histogram-latency_ms-method-POST"] = 120,
        ["testhost/cp-mtail-test.mtail/counter-ratio_total"] = 2,
        ["testhost/cp-mtail-test.mtail/counter-requests_total-code-200-method-GET"] = 2,
        ["testhost/cp-mtail-test.mtail/counter-requests_total-code-500-method-POST"] = 1,
        ["testhost/cp-mtail-test.mtail/counter-requests_total-code-404-method-GET"] = 1,
        ["testhost/cp-mtail-test.mtail/gauge-t_ms"] = 30,
    };

    [Fact]
    public async Task Collectd_stores_every_value_list_under_its_identifier_with_its_value()
    {
        await using var collectd = await StartCollectdAsync(histogramType: true);
        var now = PushedProgram.Now();
        var pusher = new CollectdPusher(PushedProgram.Store(now), collectd.Socket, "cp-", "testhost",
            TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(10));
        await pusher.PushAsync(TestContext.Current.CancellationToken);

        var stored = await Poll.UntilAsync("collectd's csv plugin to write every value",
            () => Task.FromResult(ReadCsv(collectd.CsvDirectory, now)), s => s.Count >= Expected.Count, TimeSpan.FromSeconds(30));
        stored.Should().BeEquivalentTo(Expected);
    }

    [Fact]
    public async Task A_value_collectd_rejects_fails_the_push_with_collectds_reason()
    {
        // Stock types.db has no "histogram" type: mtail's histogram lines are refused, the others stored.
        await using var collectd = await StartCollectdAsync(histogramType: false);
        var pusher = new CollectdPusher(PushedProgram.Store(PushedProgram.Now()), collectd.Socket, "", "testhost",
            TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(10));

        await FluentActions.Awaiting(() => pusher.PushAsync(TestContext.Current.CancellationToken))
            .Should().ThrowAsync<IOException>().WithMessage("collectd rejected 2 of 8 values: -1 * Type `histogram' isn't defined.");
    }

    sealed class RunningCollectd(ChildProcess process, Scratch scratch) : IAsyncDisposable
    {
        public string Socket => scratch.PathOf("sock");

        public string CsvDirectory => scratch.PathOf("csv");

        public async ValueTask DisposeAsync()
        {
            await process.DisposeAsync();
            scratch.Dispose();
        }
    }

    static async Task<RunningCollectd> StartCollectdAsync(bool histogramType)
    {
        if (!File.Exists(Collectd))
        {
            Assert.Skip($"{Collectd} is not installed (.ci/run installs Debian's collectd-core).");
        }

        var scratch = new Scratch();
        File.WriteAllText(scratch.PathOf("types.db"), histogramType ? "histogram value:GAUGE:U:U\n" : "\n");
        File.WriteAllText(scratch.PathOf("collectd.conf"), $"""
            Hostname "testhost"
            FQDNLookup false
            Interval 60
            BaseDir "{scratch.Root}"
            PIDFile "{scratch.PathOf("collectd.pid")}"
            PluginDir "/usr/lib/collectd"
            TypesDB "/usr/share/collectd/types.db" "{scratch.PathOf("types.db")}"
            LoadPlugin logfile
            <Plugin logfile>
              LogLevel info
              File STDOUT
            </Plugin>
            LoadPlugin unixsock
            <Plugin unixsock>
              SocketFile "{scratch.PathOf("sock")}"
            </Plugin>
            LoadPlugin csv
            <Plugin csv>
              DataDir "{scratch.PathOf("csv")}"
              StoreRates false
            </Plugin>

            """);
        var process = ChildProcess.Start(Collectd, ["-f", "-C", scratch.PathOf("collectd.conf")], scratch.Root);
        var running = new RunningCollectd(process, scratch);
        await Poll.UntilAsync("collectd's unix socket", () => Task.FromResult(File.Exists(running.Socket) || process.HasExited), up => up);
        process.HasExited.Should().BeFalse(process.Stdout + process.Stderr);
        return running;
    }

    // csv/HOST/PLUGIN-INSTANCE/TYPE-INSTANCE-YYYY-MM-DD, lines "epoch,value": the value stored at `now`.
    static Dictionary<string, double> ReadCsv(string root, DateTimeOffset now)
    {
        var values = new Dictionary<string, double>();
        if (!Directory.Exists(root))
        {
            return values;
        }

        var stamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ".000,";
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var identifier = Path.GetRelativePath(root, file)[..^"-YYYY-MM-DD".Length];
            foreach (var line in File.ReadAllLines(file))
            {
                if (line.StartsWith(stamp, StringComparison.Ordinal))
                {
                    values[identifier] = double.Parse(line[stamp.Length..], CultureInfo.InvariantCulture);
                }
            }
        }

        return values;
    }
}
