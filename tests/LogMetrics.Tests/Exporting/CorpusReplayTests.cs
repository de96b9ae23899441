using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Exporting.Json;

namespace LogMetrics.Tests.Exporting;

/// <summary>For every corpus run case: rebuild the store rc50 printed as JSON, then print it again. The
/// JSON must come out byte for byte (wall-clock nulls read as 0), and the Prometheus text must match
/// rc50's semantically, or fail with rc50's error.</summary>
public sealed partial class CorpusReplayTests
{
    public static TheoryData<string> Cases()
    {
        var root = CorpusSupport.CaseDirectory(".");
        return root is null
            ? ["(corpus absent)"]
            : [.. Directory.GetDirectories(root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_printed_by_rc50_is_reproduced_exactly(string name)
    {
        var (directory, expected) = Expected(name);

        var store = StoreFromMtailJson.Load(JsonNode.Parse(expected)!.AsObject());

        var actual = OneShotJsonWriter.Render(store);

        CorpusSupport.JsonDifference(JsonNode.Parse(expected), JsonNode.Parse(actual)).Should().BeNull();

        // Byte for byte, up to how the corpus files were written: they were re-serialised after the wall-clock
        // fields were nulled, which added a final newline, unescaped <, > and & and wrote exponents as e-09.
        // (/usr/bin/mtail itself prints \u003c and 1.5e-9, as this writer does.)
        var exact = expected.Replace(": null", ": 0", StringComparison.Ordinal).TrimEnd('\n');
        AsCorpusWritesIt(actual).Should().Be(exact, directory);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prometheus_text_matches_rc50_for_the_same_store(string name)
    {
        var (directory, expected) = Expected(name);
        var store = StoreFromMtailJson.Load(JsonNode.Parse(expected)!.AsObject());
        var meta = File.ReadAllLines(Path.Combine(directory, "meta.txt"));

        var result = PrometheusTextWriter.Render(store);

        if (File.ReadAllText(Path.Combine(directory, "exit_code")).Trim() != "0")
        {
            result.Error.Should().Be(meta.Single(l => l.StartsWith("rc50_stderr: ", StringComparison.Ordinal))[13..]);
            return;
        }

        // Series valued by the wall clock are null in the JSON: leave them out of the comparison.
        var wallClock = meta.Where(l => l.StartsWith("prom_wallclock: ", StringComparison.Ordinal)).Select(l => l[16..].Trim()).ToList();
        string Filter(string text) => string.Join('\n', text.Split('\n').Where(l => !wallClock.Any(w => l.StartsWith(w, StringComparison.Ordinal))));
        var prom = File.ReadAllText(Path.Combine(directory, "expected.prom"));
        CorpusSupport.PrometheusDifference(Filter(prom), Filter(result.Text)).Should().BeNull();
    }

    private static string AsCorpusWritesIt(string json) =>
        ShortExponent().Replace(
            json.Replace("\\u003c", "<", StringComparison.Ordinal)
                .Replace("\\u003e", ">", StringComparison.Ordinal)
                .Replace("\\u0026", "&", StringComparison.Ordinal),
            "${mantissa}e-0${digit}");

    private static (string Directory, string Expected) Expected(string name)
    {
        var directory = CorpusSupport.CaseDirectory(name);
        if (directory is null)
        {
            Assert.Skip("The conformance corpus is not on this machine; set LOGMETRICS_CORPUS to it.");
        }

        var expected = File.ReadAllText(Path.Combine(directory, "expected.json"));
        if (expected.Length == 0)
        {
            Assert.Skip("rc50 printed no JSON for this case.");
        }

        return (directory, expected);
    }

    [GeneratedRegex(@"(?<mantissa>: -?[0-9.]+)e-(?<digit>[0-9])(?=,?$)", RegexOptions.Multiline)]
    private static partial Regex ShortExponent();
}
