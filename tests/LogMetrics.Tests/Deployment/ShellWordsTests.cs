namespace LogMetrics.Tests.Deployment;

public sealed class ShellWordsTests
{
    [Fact]
    public void A_pipeline_splits_into_its_commands_with_quotes_removed()
    {
        var commands = ShellWords.Commands("set -o pipefail;\napp --name 'a b' 2>&1 |\n  logmetrics -push_label \"pod=$HOSTNAME\" -logs -");

        commands.Should().BeEquivalentTo(
            new[]
            {
                new[] { "set", "-o", "pipefail" },
                new[] { "app", "--name", "a b", "2>&1" },
                new[] { "logmetrics", "-push_label", "pod=$HOSTNAME", "-logs", "-" },
            },
            options => options.WithStrictOrdering());
    }

    [Fact]
    public void A_backslash_newline_continues_the_command()
    {
        ShellWords.Commands("logmetrics -progs /p \\\n  -logs /l").Should().ContainSingle()
            .Which.Should().Equal("logmetrics", "-progs", "/p", "-logs", "/l");
    }
}
