using LogMetrics.Tests.Examples;
using LogMetrics.Tests.Integration.Daemon;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Deployment;

/// <summary>
/// `dotnet pack` of the CLI makes a .NET tool that `dotnet tool install` accepts and that runs: packed
/// from the build the tests run against (--no-build), installed with --tool-path from that package alone.
/// </summary>
public sealed class ToolPackageTests
{
    static readonly TimeSpan DotnetTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_packed_tool_installs_and_runs_the_gpu_example()
    {
        var root = SharedCorpus.RepositoryRoot!;
        BuiltCli.DllOrSkip();
        using var scratch = new Scratch();
        var feed = scratch.PathOf("feed");

        await DotnetAsync(root, "pack", BuiltCli.Project, "-c", BuiltCli.Configuration, "--no-build", "-o", feed, "--nologo");
        var package = Directory.GetFiles(feed, "logmetrics.*.nupkg").Should().ContainSingle().Subject;
        var version = Path.GetFileNameWithoutExtension(package)["logmetrics.".Length..];

        // Only the local feed, and a packages folder of its own: a logmetrics package of the same version
        // cached by an earlier run, or one on a public feed, must not stand in for this build's.
        var config = scratch.PathOf("nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{scratch.PathOf("packages")}" /></config>
              <packageSources><clear /><add key="local" value="{feed}" /></packageSources>
            </configuration>
            """, TestContext.Current.CancellationToken);
        var tools = scratch.PathOf("tools");
        await DotnetAsync(scratch.Root, "tool", "install", "logmetrics", "--tool-path", tools, "--version", version, "--configfile", config);

        var logmetrics = Path.Combine(tools, "logmetrics");
        var versionLine = await RunAsync(logmetrics, root, "-version");
        versionLine.Should().StartWith($"logmetrics version {version.Split('-')[0]} ");

        var gpu = ExampleCase.Named("gpu-job");
        var metrics = await RunAsync(logmetrics, root, "-one_shot", "-one_shot_format", "prometheus", "-logs", gpu.Log, "-progs", gpu.Program);
        metrics.Should().Be(gpu.ExpectedPrometheus);
    }

    static async Task DotnetAsync(string workingDirectory, params string[] arguments)
    {
        await using var dotnet = ChildProcess.Start("dotnet", arguments, workingDirectory);
        var exit = await dotnet.WaitForExitAsync(DotnetTimeout);
        exit.Should().Be(0, $"dotnet {string.Join(' ', arguments)} failed:\n{dotnet.Stdout}\n{dotnet.Stderr}");
    }

    static async Task<string> RunAsync(string program, string workingDirectory, params string[] arguments)
    {
        await using var child = ChildProcess.Start(program, arguments, workingDirectory);
        var exit = await child.WaitForExitAsync(TimeSpan.FromSeconds(30));
        exit.Should().Be(0, child.Stderr);
        child.Stderr.Should().BeEmpty();
        return child.Stdout;
    }
}
