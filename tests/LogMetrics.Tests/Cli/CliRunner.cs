using LogMetrics.Cli;

namespace LogMetrics.Tests.Cli;

/// <summary>What one in-process run of the CLI did.</summary>
internal sealed record CliOutcome(int ExitCode, string Stdout, string Stderr, FakeModes Modes);

internal static class CliRunner
{
    /// <summary>The smallest command line the daemon accepts.</summary>
    public static readonly string[] Required = ["-progs", "p", "-logs", "l"];

    public static CliOutcome Run(params string[] args)
    {
        var modes = new FakeModes();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = LogMetrics.Cli.Cli.Run(args, stdout, stderr, modes);
        return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString(), modes);
    }

    /// <summary>Runs <see cref="Required"/> plus <paramref name="args"/> and returns the options a mode received.</summary>
    public static LogMetricsOptions Options(params string[] args)
    {
        var outcome = Run([.. Required, .. args]);
        outcome.Stderr.Should().BeEmpty();
        outcome.ExitCode.Should().Be(0);
        return outcome.Modes.Options!;
    }

    /// <summary>The usage text's first line.</summary>
    public static string BuildLine => BuildInfo.Current.ToString();
}
