using System.Globalization;
using System.Text.RegularExpressions;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>
/// A real logmetrics daemon: <c>dotnet logmetrics.dll … -address 127.0.0.1 -port 0 -logtostderr</c>,
/// its port read from the <c>Listening on</c> line. Disposing kills it if it still runs.
/// </summary>
public sealed partial class DaemonProcess : IAsyncDisposable
{
    readonly ChildProcess _process;

    DaemonProcess(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public ChildProcess Process => _process;

    public string Stderr => _process.Stderr;

    /// <summary>Starts the daemon on a free loopback port and waits until it listens.</summary>
    public static async Task<DaemonProcess> StartAsync(string workingDirectory, params string[] arguments)
    {
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Launch(workingDirectory, [.. arguments, "-address", "127.0.0.1", "-port", "0", "-logtostderr"],
            child => child.StderrLine += line =>
            {
                if (ListeningLine().Match(line) is { Success: true } m)
                {
                    listening.TrySetResult(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            });
        var port = await Poll.UntilAsync("the \"Listening on\" line",
            () => Task.FromResult(listening.Task.IsCompleted ? listening.Task.Result : process.HasExited ? -1 : 0),
            p => p != 0);
        if (port < 0)
        {
            await process.DisposeAsync();
            Assert.Fail($"logmetrics exited before listening:\n{process.Stderr}");
        }
        return new DaemonProcess(process, port);
    }

    /// <summary>Starts logmetrics with exactly these arguments (no address or port added).</summary>
    public static ChildProcess Launch(string workingDirectory, IEnumerable<string> arguments, Action<ChildProcess>? beforeStart = null)
    {
        var dll = FindDll();
        if (dll is null)
        {
            Assert.Skip("logmetrics.dll was not found next to the test assembly or in src/LogMetrics.Cli/bin; build the Cli project first.");
        }
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        return ChildProcess.Start(host, [dll, .. arguments], workingDirectory, beforeStart);
    }

    public async Task<string> MetricsAsync()
    {
        using var response = await Http.GetAsync(new Uri("metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return body;
    }

    /// <summary>Polls <c>/metrics</c> until <paramref name="series"/> has <paramref name="expected"/>; returns the scrape.</summary>
    public Task<string> WaitForValueAsync(string series, double expected, TimeSpan? timeout = null) =>
        Poll.UntilAsync($"{series} {expected.ToString(CultureInfo.InvariantCulture)}", MetricsAsync,
            text => MetricsText.Value(text, series) == expected, timeout);

    /// <summary>Sends a signal and waits for the exit; returns the exit code.</summary>
    public async Task<int> StopAsync(string signal = "TERM")
    {
        await _process.SignalAsync(signal);
        return await _process.WaitForExitAsync(Poll.DefaultTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _process.DisposeAsync();
    }

    // "dotnet logmetrics.dll" works wherever the dll is, with or without the native apphost beside it.
    static string? FindDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "logmetrics.dll");
        if (File.Exists(beside))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "src", "LogMetrics.Cli", "bin");
            if (Directory.Exists(bin))
            {
                return Directory.EnumerateFiles(bin, "logmetrics.dll", SearchOption.AllDirectories).FirstOrDefault();
            }
        }
        return null;
    }

    [GeneratedRegex(@"Listening on http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex ListeningLine();
}
