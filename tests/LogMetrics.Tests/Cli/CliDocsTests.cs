using System.Text.RegularExpressions;
using LogMetrics.Cli;

namespace LogMetrics.Tests.Cli;

/// <summary>docs/cli.md must list exactly the flags the parser defines, with their Go types.</summary>
public sealed partial class CliDocsTests
{
    [Fact]
    public void Docs_cli_md_lists_exactly_the_flags_the_parser_defines()
    {
        var rows = FlagRow().Matches(File.ReadAllText(DocPath()))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["type"].Value, StringComparer.Ordinal);
        var flags = new LogMetricsFlags().All;

        rows.Keys.Should().BeEquivalentTo(flags.Select(f => f.Name));
        foreach (var flag in flags)
        {
            var goType = LogMetrics.Cli.GoFlags.GoUsage.TypeWord(flag.Kind);
            rows[flag.Name].Should().Be(goType.Length == 0 ? "bool" : goType, flag.Name);
        }
    }

    private static string DocPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogMetrics.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "cli.md");
            }
        }

        throw new FileNotFoundException("LogMetrics.sln not found above " + AppContext.BaseDirectory);
    }

    // A flag row starts: | `-name` | type |
    [GeneratedRegex(@"^\| `-(?<name>[A-Za-z_]+)` \| (?<type>\w+) \|", RegexOptions.Multiline)]
    private static partial Regex FlagRow();
}
