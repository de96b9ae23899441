using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>
/// A real child process whose stdout and stderr are drained as they come (a full pipe would stall
/// the child) and kept for assertions. Disposing kills the process and its children if it still runs.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _stdout = new();
    readonly StringBuilder _stderr = new();
    readonly Lock _lock = new();
    Task? _exited;

    ChildProcess(Process process) => _process = process;

    /// <summary>Raised for every stderr line, on a pool thread.</summary>
    public event Action<string>? StderrLine;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Completes when the process has exited (and its output is drained).</summary>
    public Task Exited => _exited ??= _process.WaitForExitAsync(CancellationToken.None);

    public string Stdout
    {
        get
        {
            lock (_lock)
            {
                return _stdout.ToString();
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

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string? workingDirectory = null,
        Action<ChildProcess>? beforeStart = null, string stdin = "")
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var child = new ChildProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        beforeStart?.Invoke(child);
        child._process.OutputDataReceived += (_, e) => child.Append(child._stdout, e.Data, null);
        child._process.ErrorDataReceived += (_, e) => child.Append(child._stderr, e.Data, child.StderrLine);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        child._process.StandardInput.Write(stdin);
        child._process.StandardInput.Close();
        return child;
    }

    /// <summary>Runs <c>sh -c script</c> to completion and fails the test if it does not exit 0.</summary>
    /// <summary>Sets a variable of the child's environment; call it before the start (in a <c>beforeStart</c> action).</summary>
    public void SetEnvironment(string name, string value) => _process.StartInfo.Environment[name] = value;

    public static async Task RunShellAsync(string script, string workingDirectory)
    {
        await using var shell = Start("/bin/sh", ["-c", script], workingDirectory);
        var exit = await shell.WaitForExitAsync(TimeSpan.FromSeconds(15));
        exit.Should().Be(0, $"`{script}` failed: {shell.Stderr}");
    }

    /// <summary>Waits for the exit and for the output to be drained; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            // This overload also waits for the redirected streams to reach their end.
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"{_process.StartInfo.FileName} did not exit within {timeout}; stderr so far:\n{Stderr}");
        }
        return _process.ExitCode;
    }

    /// <summary>Sends a signal with kill(1), as an operator or a supervisor would.</summary>
    public async Task SignalAsync(string signal)
    {
        await using var kill = Start("/bin/kill", ["-s", signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        (await kill.WaitForExitAsync(TimeSpan.FromSeconds(10))).Should().Be(0, kill.Stderr);
    }

    /// <summary>
    /// Sends a signal with the kill system call, synchronously: no process to start, so it can
    /// land within microseconds of something the test has just seen.
    /// </summary>
    public void SignalNow(int signal)
    {
        if (Kill(Id, signal) != 0)
        {
            Assert.Fail($"kill({Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);

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
            // Already gone, or not killable: nothing more a test can do.
        }
        _process.Dispose();
    }

    void Append(StringBuilder buffer, string? line, Action<string>? notify)
    {
        if (line is null)
        {
            return;
        }
        lock (_lock)
        {
            buffer.Append(line).Append('\n');
        }
        notify?.Invoke(line);
    }
}
