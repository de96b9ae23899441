using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LogMetrics.Tests.Integration.Daemon;

namespace LogMetrics.Tests.Integration.Batch;

/// <summary>
/// A real logmetrics at the end of a pipe: standard input is fed raw bytes (then closed, as when
/// the writer exits), standard output is kept as raw bytes, stderr as text. Unlike
/// <see cref="ChildProcess"/>, which reads its output as text lines, nothing is decoded, so
/// byte-for-byte comparisons hold. Disposing kills the process if it still runs.
/// </summary>
public sealed partial class PipedProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly MemoryStream _stdout = new();
    readonly StringBuilder _stderr = new();
    readonly Lock _lock = new();
    readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly Task _readingStdout;
    readonly CancellationTokenSource _stopReading = new();

    PipedProcess(Process process)
    {
        _process = process;
        _readingStdout = CopyStdoutAsync();
    }

    public Stream Stdin => _process.StandardInput.BaseStream;

    /// <summary>Standard output so far, as bytes.</summary>
    public byte[] Stdout
    {
        get
        {
            lock (_lock)
            {
                return _stdout.ToArray();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_lock)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet logmetrics.dll</c> with these arguments; stdin stays open for the test to write.</summary>
    public static PipedProcess Start(string workingDirectory, params string[] arguments)
    {
        var dll = DaemonProcess.FindDll();
        if (dll is null)
        {
            Assert.Skip("logmetrics.dll was not found; build the Cli project first.");
        }
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in (string[])[dll, .. arguments])
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = info };
        PipedProcess? piped = null;
        process.ErrorDataReceived += (_, e) => piped?.OnStderr(e.Data);
        process.Start();
        piped = new PipedProcess(process);
        process.BeginErrorReadLine();
        return piped;
    }

    /// <summary>Writes <paramref name="input"/> to standard input and closes it, without waiting for the process to read it all.</summary>
    public Task FeedAndCloseAsync(byte[] input) => Task.Run(async () =>
    {
        await Stdin.WriteAsync(input);
        Stdin.Close();
    });

    /// <summary>The HTTP port, from the <c>Listening on</c> line (the process must run with <c>-logtostderr -port 0</c>).</summary>
    public async Task<int> PortAsync()
    {
        var first = await Task.WhenAny(_port.Task, _process.WaitForExitAsync(TestContext.Current.CancellationToken), Task.Delay(Poll.DefaultTimeout, TestContext.Current.CancellationToken));
        if (first != _port.Task)
        {
            Assert.Fail($"logmetrics did not say where it listens:\n{Stderr}");
        }
        return await _port.Task;
    }

    /// <summary>Stops reading standard output and closes it, so the process's next write gets EPIPE.</summary>
    public async Task CloseStdoutAsync()
    {
        await _stopReading.CancelAsync();
        await _readingStdout.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.StandardOutput.Close();
    }

    /// <summary>Waits for the exit and for standard output to reach its end; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            await _readingStdout.WaitAsync(cts.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"logmetrics did not exit within {timeout}; stderr so far:\n{Stderr}");
        }
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
        await _stopReading.CancelAsync();
        await _readingStdout.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopReading.Dispose();
        _process.Dispose();
    }

    async Task CopyStdoutAsync()
    {
        await Task.Yield();
        var buffer = new byte[64 * 1024];
        var stream = _process.StandardOutput.BaseStream;
        int read;
        while ((read = await stream.ReadAsync(buffer, _stopReading.Token)) > 0)
        {
            lock (_lock)
            {
                _stdout.Write(buffer, 0, read);
            }
        }
    }

    void OnStderr(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lock)
        {
            _stderr.Append(line).Append('\n');
        }
        if (ListeningLine().Match(line) is { Success: true } m)
        {
            _port.TrySetResult(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"Listening on http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex ListeningLine();
}
