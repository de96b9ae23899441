using System.Diagnostics;

namespace LogMetrics.Tests.Cli;

/// <summary>Runs the built logmetrics executable as a process.</summary>
public sealed class ProcessSmokeTests
{
    [Fact]
    public async Task The_built_executable_prints_its_version_and_exits_0()
    {
        var start = ExecutableStartInfo();
        if (start is null)
        {
            Assert.Skip("logmetrics.dll was not found next to the test assembly or in src/LogMetrics.Cli/bin; build the Cli project first.");
        }

        start.ArgumentList.Add("-version");
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(0, stderr);
        stdout.Should().StartWith("logmetrics version ").And.EndWith("\n");
        stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task One_shot_logs_ten_runtime_errors_per_program_then_says_how_many_more_there_were()
    {
        var start = ExecutableStartInfo();
        if (start is null)
        {
            Assert.Skip("logmetrics.dll was not found next to the test assembly or in src/LogMetrics.Cli/bin; build the Cli project first.");
        }

        var dir = Directory.CreateTempSubdirectory("oneshot-errors").FullName;
        File.WriteAllText(Path.Combine(dir, "bad.mtail"), "counter total\n/(?P<n>\\S+)/ {\n  total += strtol($n, 10)\n}\n");
        File.WriteAllLines(Path.Combine(dir, "in.log"), Enumerable.Range(0, 500).Select(i => $"x{i}"));
        foreach (var arg in new[] { "-one_shot", "-logtostderr", "-progs", Path.Combine(dir, "bad.mtail"), "-logs", Path.Combine(dir, "in.log") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await stdout;

        process.ExitCode.Should().Be(0, stderr);
        var lines = stderr.Split('\n');
        lines.Count(l => l.Contains("Runtime error", StringComparison.Ordinal)).Should().Be(10, stderr);
        lines.Should().Contain("bad.mtail: 490 more runtime errors were not logged");
    }

    // "dotnet logmetrics.dll" works wherever the dll is, with or without the native apphost beside it.
    private static ProcessStartInfo? ExecutableStartInfo()
    {
        var candidates = new List<string> { Path.Combine(AppContext.BaseDirectory, "logmetrics.dll") };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "src", "LogMetrics.Cli", "bin");
            if (Directory.Exists(bin))
            {
                candidates.AddRange(Directory.EnumerateFiles(bin, "logmetrics.dll", SearchOption.AllDirectories));
                break;
            }
        }

        var dll = candidates.FirstOrDefault(File.Exists);
        if (dll is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        return start;
    }
}
