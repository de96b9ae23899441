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
    public static Task<DaemonProcess> StartAsync(string workingDirectory, params string[] arguments) =>
        StartAsync(workingDirectory, null, arguments);

    /// <summary>
    /// Starts the daemon and runs <paramref name="onListening"/> on the thread that reads its
    /// stderr, the moment the <c>Listening on</c> line arrives (before the test's await resumes).
    /// </summary>
    public static Task<DaemonProcess> StartAsync(string workingDirectory, Action<ChildProcess>? onListening, params string[] arguments) =>
        StartAsync(workingDirectory, onListening, null, arguments);

    /// <summary>As above, with variables added to the daemon's environment.</summary>
    public static Task<DaemonProcess> StartAsync(string workingDirectory, Action<ChildProcess>? onListening,
        IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        StartAsync(workingDirectory, onListening, environment, [], arguments);

    /// <summary>As above, run through <paramref name="wrapper"/> (a command and its arguments, such as <c>prlimit --nofile=1024</c>).</summary>
    public static async Task<DaemonProcess> StartAsync(string workingDirectory, Action<ChildProcess>? onListening,
        IReadOnlyDictionary<string, string>? environment, IReadOnlyList<string> wrapper, params string[] arguments)
    {
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Launch(workingDirectory, [.. arguments, "-address", "127.0.0.1", "-port", "0", "-logtostderr"], wrapper,
            child =>
            {
                foreach (var (name, value) in environment ?? new Dictionary<string, string>())
                {
                    child.SetEnvironment(name, value);
                }
                child.StderrLine += line =>
            {
                if (ListeningLine().Match(line) is { Success: true } m)
                {
                    try
                    {
                        onListening?.Invoke(child);
                        listening.TrySetResult(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                    }
#pragma warning disable CA1031 // Handed to the test's await: thrown here, on the reader's thread, it would end the test host.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        listening.TrySetException(e);
                    }
                }
            };
            });
        // Awaited rather than polled, so a test can act within a millisecond of the line.
        var first = await Task.WhenAny(listening.Task, process.Exited, Task.Delay(Poll.DefaultTimeout, TestContext.Current.CancellationToken));
        if (first != listening.Task)
        {
            await process.DisposeAsync();
            Assert.Fail($"logmetrics {(first == process.Exited ? "exited before listening" : "did not listen in time")}:\n{process.Stderr}");
        }
        var port = await listening.Task;
        return new DaemonProcess(process, port);
    }

    /// <summary>Starts logmetrics with exactly these arguments (no address or port added).</summary>
    public static ChildProcess Launch(string workingDirectory, IEnumerable<string> arguments, Action<ChildProcess>? beforeStart = null) =>
        Launch(workingDirectory, arguments, [], beforeStart);

    static ChildProcess Launch(string workingDirectory, IEnumerable<string> arguments, IReadOnlyList<string> wrapper, Action<ChildProcess>? beforeStart)
    {
        var dll = FindDll();
        if (dll is null)
        {
            Assert.Skip("logmetrics.dll was not found next to the test assembly or in src/LogMetrics.Cli/bin; build the Cli project first.");
        }
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        return wrapper.Count == 0
            ? ChildProcess.Start(host, [dll, .. arguments], workingDirectory, beforeStart)
            : ChildProcess.Start(wrapper[0], [.. wrapper.Skip(1), host, dll, .. arguments], workingDirectory, beforeStart);
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
    internal static string? FindDll()
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
