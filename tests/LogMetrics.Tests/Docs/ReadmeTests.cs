using System.Text.RegularExpressions;
using LogMetrics.Cli;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Docs;

/// <summary>The README's main command runs as written, and prints what its quick start shows.</summary>
public sealed partial class ReadmeTests
{
    static readonly string Root = SharedCorpus.RepositoryRoot!;

    [Fact]
    public void The_main_command_prints_the_output_the_quick_start_shows()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var command = MainCommand().Match(readme);
        command.Success.Should().BeTrue("the README shows `dotnet run … --project src/LogMetrics.Cli -- ARGS`");
        File.Exists(Path.Combine(Root, "src", "LogMetrics.Cli", "LogMetrics.Cli.csproj")).Should().BeTrue();
        var shown = ShownOutput().Match(readme);
        shown.Success.Should().BeTrue("the quick start shows the output");

        // The paths are relative to the clone, as a new user runs it; the test's own directory is elsewhere.
        var args = command.Groups["args"].Value.Split(' ')
            .Select(arg => arg.StartsWith("examples/", StringComparison.Ordinal) ? Path.Combine(Root, arg) : arg)
            .ToArray();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = LogMetrics.Cli.Cli.Run(args, stdout, stderr, new LogMetricsModes(stderr));

        exit.Should().Be(0, stderr.ToString());
        stdout.ToString().Should().Be(shown.Groups["output"].Value);
        stdout.ToString().Should().Be(File.ReadAllText(Path.Combine(Root, "examples", "gpu-job", "expected.prom")));
    }

    [GeneratedRegex(@"^    dotnet run -c Release --project src/LogMetrics\.Cli -- (?<args>.+)$", RegexOptions.Multiline)]
    private static partial Regex MainCommand();

    [GeneratedRegex(@"^prints\n\n```\n(?<output>.*?)```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ShownOutput();
}
