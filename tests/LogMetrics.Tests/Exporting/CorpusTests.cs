using System.Text.Json.Nodes;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Exporting.Json;

namespace LogMetrics.Tests.Exporting;

/// <summary>Compares the writers with rc50's outputs in the conformance corpus, for stores built by hand.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Cases => [.. CorpusCaseStores.Builders.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_shot_json_matches_rc50(string name)
    {
        var directory = Directory(name);
        var store = CorpusCaseStores.Builders[name](Log(directory));

        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")));
        var actual = JsonNode.Parse(OneShotJsonWriter.Render(store));

        CorpusSupport.JsonDifference(expected, actual).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prometheus_text_matches_rc50(string name)
    {
        var directory = Directory(name);
        var store = CorpusCaseStores.Builders[name](Log(directory));
        var exitCode = File.ReadAllText(Path.Combine(directory, "exit_code")).Trim();

        var result = PrometheusTextWriter.Render(store);

        if (exitCode == "0")
        {
            result.Error.Should().BeNull();
            CorpusSupport.PrometheusDifference(File.ReadAllText(Path.Combine(directory, "expected.prom")), result.Text)
                .Should().BeNull();
        }
        else
        {
            var stderr = File.ReadLines(Path.Combine(directory, "meta.txt"))
                .Single(l => l.StartsWith("rc50_stderr: ", StringComparison.Ordinal))["rc50_stderr: ".Length..];
            result.Error.Should().Be(stderr);
            result.Text.Should().BeEmpty();
        }
    }

    private static string Directory(string name)
    {
        var directory = CorpusSupport.CaseDirectory(name);
        if (directory is null)
        {
            Assert.Skip($"The conformance corpus (case {name}) is not on this machine; set LOGMETRICS_CORPUS to it.");
        }

        return directory;
    }

    private static string[] Log(string directory) =>
        File.ReadAllText(Path.Combine(directory, "input.log")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
