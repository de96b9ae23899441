using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Integration.Batch;

/// <summary>
/// A real Prometheus Pushgateway (Debian's <c>prometheus-pushgateway</c>) on a free loopback port,
/// persisting to a temporary file; shared by a test class. Tests read what was pushed back
/// through its JSON API, <c>/api/v1/metrics</c>.
/// </summary>
public sealed class Pushgateway : IAsyncLifetime
{
    public const string Binary = "/usr/bin/prometheus-pushgateway";

    readonly Scratch _scratch = new();
    ChildProcess? _process;

    public Uri Url { get; private set; } = new("http://127.0.0.1:9/");

    /// <summary>False when the package is not installed; tests then skip.</summary>
    public static bool Installed => File.Exists(Binary);

    public async ValueTask InitializeAsync()
    {
        if (!Installed)
        {
            return;
        }
        var port = FreeLoopbackPort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _process = ChildProcess.Start(Binary, [
            $"--web.listen-address=127.0.0.1:{port}",
            $"--persistence.file={_scratch.PathOf("pushgateway.data")}",
            "--log.level=warn",
        ], _scratch.Root);
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        await Poll.UntilAsync("the Pushgateway to be ready", async () =>
        {
            using var response = await http.GetAsync(new Uri("-/ready", UriKind.Relative), TestContext.Current.CancellationToken);
            return response.StatusCode;
        }, status => status == HttpStatusCode.OK);
    }

    /// <summary>Skips the test when the Pushgateway is not installed.</summary>
    public static void SkipUnlessInstalled()
    {
        if (!Installed)
        {
            Assert.Skip($"{Binary} is not installed (.ci/run installs the prometheus-pushgateway package).");
        }
    }

    /// <summary>The group with exactly these labels (job included), or null when nothing was pushed to it.</summary>
    public async Task<PushedGroup?> GroupAsync(IReadOnlyDictionary<string, string> labels)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var body = await http.GetStringAsync(new Uri("api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        var wanted = new Dictionary<string, string>(labels);
        foreach (var group in json.RootElement.GetProperty("data").EnumerateArray())
        {
            if (Same(wanted, Labels(group.GetProperty("labels"))))
            {
                return new PushedGroup(group.Clone());
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        _scratch.Dispose();
    }

    static bool Same(Dictionary<string, string> wanted, Dictionary<string, string> actual) =>
        wanted.Count == actual.Count && wanted.All(l => actual.TryGetValue(l.Key, out var v) && v == l.Value);

    internal static Dictionary<string, string> Labels(JsonElement labels) =>
        labels.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");

    // The Pushgateway cannot listen on port 0, so take a port the kernel has just handed out.
    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>One group as <c>/api/v1/metrics</c> shows it.</summary>
public sealed class PushedGroup(JsonElement group)
{
    public IReadOnlyDictionary<string, string> Labels => Pushgateway.Labels(group.GetProperty("labels"));

    public bool Has(string metric) => group.TryGetProperty(metric, out _);

    /// <summary>The metric's type as the gateway names it (<c>COUNTER</c>, <c>GAUGE</c>, <c>HISTOGRAM</c>).</summary>
    public string Type(string metric) => group.GetProperty(metric).GetProperty("type").GetString()!;

    /// <summary>The series of <paramref name="metric"/> whose labels include <paramref name="labels"/> (name=value, …).</summary>
    public JsonElement Series(string metric, params string[] labels)
    {
        var matches = group.GetProperty(metric).GetProperty("metrics").EnumerateArray()
            .Where(s => labels.All(l => Pushgateway.Labels(s.GetProperty("labels")).Contains(Pair(l)))).ToList();
        matches.Should().ContainSingle($"one {metric} series has labels {string.Join(',', labels)}: {group}");
        return matches[0];
    }

    /// <summary>A counter's or gauge's value.</summary>
    public double Value(string metric, params string[] labels) => Number(Series(metric, labels).GetProperty("value"));

    internal static double Number(JsonElement text) => double.Parse(text.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);

    static KeyValuePair<string, string> Pair(string label)
    {
        var equals = label.IndexOf('=', StringComparison.Ordinal);
        return new(label[..equals], label[(equals + 1)..]);
    }

    public override string ToString() => group.ToString();
}
