using System.Diagnostics;
using System.Threading.Channels;
using LogMetrics.Tailing;
using Microsoft.Extensions.Time.Testing;

namespace LogMetrics.Tests.Tailing;

/// <summary>
/// A tailer over a fresh temporary directory, a fake clock and an unbounded channel, with helpers
/// to write files, poll, and collect exactly the lines that came out.
/// </summary>
internal sealed class TailerHarness : IAsyncDisposable
{
    readonly Channel<LogLine> _channel = Channel.CreateUnbounded<LogLine>();

    public TailerHarness(Func<TailerOptions, TailerOptions>? configure, params string[] patterns)
    {
        Dir = Directory.CreateTempSubdirectory("logmetrics-tail-").FullName;
        var options = new TailerOptions
        {
            // File patterns are relative to the directory; in others "{dir}" stands for it.
            Patterns = [.. patterns.Select(p => p.Contains("://", StringComparison.Ordinal) || p == "-"
                ? p.Replace("{dir}", Dir, StringComparison.Ordinal)
                : Path.Combine(Dir, p))],
            Clock = Clock,
        };
        Options = configure?.Invoke(options) ?? options;
        Tailer = new Tailer(Options, _channel.Writer);
        Tailer.Error += (path, e) =>
        {
            lock (Errors)
            {
                Errors.Add((path, e));
            }
        };
    }

    public TailerHarness(params string[] patterns)
        : this(null, patterns)
    {
    }

    public string Dir { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public TailerOptions Options { get; }

    public Tailer Tailer { get; }

    public List<(string Path, Exception Error)> Errors { get; } = [];

    public string PathOf(string name) => Path.Combine(Dir, name);

    public void Append(string name, string text) => File.AppendAllText(PathOf(name), text);

    /// <summary>One poll; the texts of the lines it produced.</summary>
    public List<string> Poll()
    {
        Tailer.Poll();
        return Texts();
    }

    /// <summary>Lines produced so far and not yet taken.</summary>
    public List<LogLine> Lines()
    {
        var lines = new List<LogLine>();
        while (_channel.Reader.TryRead(out var line))
        {
            lines.Add(line);
        }
        return lines;
    }

    public List<string> Texts() => [.. Lines().Select(l => l.Text)];

    /// <summary>Waits for exactly <paramref name="count"/> lines from a reader that runs on its own (sockets, stdin).</summary>
    public async Task<List<LogLine>> ReceiveAsync(int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var lines = new List<LogLine>();
        try
        {
            while (lines.Count < count)
            {
                lines.Add(await _channel.Reader.ReadAsync(timeout.Token));
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"got {lines.Count} of {count} lines: [{string.Join(", ", lines)}]; errors: [{string.Join(", ", Errors)}]");
        }
        return lines;
    }

    /// <summary>The next line from a reader that runs on its own, or null if none comes within <paramref name="wait"/>.</summary>
    public async Task<LogLine?> TryReceiveAsync(TimeSpan wait)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(wait);
        try
        {
            return await _channel.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Runs <c>/bin/sh -c script</c> in the directory, polling while it runs, then once more.</summary>
    public List<LogLine> RunPolling(string script)
    {
        using var process = Start(script);
        var lines = new List<LogLine>();
        while (!process.HasExited)
        {
            Tailer.Poll();
            lines.AddRange(Lines());
        }
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        Tailer.Poll();
        lines.AddRange(Lines());
        return lines;
    }

    /// <inheritdoc cref="RunPolling"/>
    public List<string> RunPollingTexts(string script) => [.. RunPolling(script).Select(l => l.Text)];

    public Process Start(string script)
    {
        var info = new ProcessStartInfo("/bin/sh", ["-c", script])
        {
            WorkingDirectory = Dir,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(info)!;
    }

    public void Run(string script)
    {
        using var process = Start(script);
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
    }

    public LogStatus Status(string name) => Tailer.Logs.Single(l => l.Path == PathOf(name) || l.Path == name);

    public async ValueTask DisposeAsync()
    {
        await Tailer.DisposeAsync();
        Directory.Delete(Dir, recursive: true);
    }

    public static IEnumerable<string> Numbered(string prefix, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => $"{prefix} {i}");
}
