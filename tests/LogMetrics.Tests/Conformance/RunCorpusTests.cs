using System.Globalization;
using System.Text.Json.Nodes;
using LogMetrics.Cli;
using LogMetrics.Tests.Exporting;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Conformance;

/// <summary>
/// Runs every one-shot case of the conformance corpus through the whole command line in-process,
/// with the corpus runner's rules: the same exit class as mtail, Prometheus output equal as a set
/// of typed series, JSON output equal with wall-clock fields as wildcards.
/// </summary>
public sealed class RunCorpusTests
{
    /// <summary>Deliberate differences from mtail rc50, each described in docs/compatibility.md.</summary>
    static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["custom-invalid-utf8-log"] = "logmetrics reads on past invalid UTF-8 (replacing it with U+FFFD); rc50 stops reading the file at the first invalid byte. See docs/compatibility.md.",
    };

    public static TheoryData<string> Cases => SharedCorpus.CaseNames("cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prometheus_output_matches_mtail(string name)
    {
        var (dir, args) = Prepare(name);
        var (exit, stdout, stderr) = Run(args);
        var meta = File.ReadAllText(Path.Combine(dir, "meta.txt"));

        (exit == 0).Should().Be(ExpectedExit(dir) == 0, "stderr was: {0}", stderr);
        var expected = Expand(File.ReadAllText(Path.Combine(dir, "expected.prom")), dir);
        var wallClock = WallClockSeries(meta);
        CorpusSupport.PrometheusDifference(Without(expected, wallClock), Without(stdout, wallClock)).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_output_matches_mtail(string name)
    {
        var (dir, args) = Prepare(name);
        var (exit, stdout, stderr) = Run([.. args, "-one_shot_format", "json"]);
        var expectedText = Expand(File.ReadAllText(Path.Combine(dir, "expected.json")), dir);

        var meta = File.ReadAllText(Path.Combine(dir, "meta.txt"));
        var expectedExit = meta.Split('\n').FirstOrDefault(l => l.StartsWith("json_exit_code:", StringComparison.Ordinal)) is { } line
            ? int.Parse(line["json_exit_code:".Length..].Trim(), CultureInfo.InvariantCulture)
            : ExpectedExit(dir);
        (exit == 0).Should().Be(expectedExit == 0, "stderr was: {0}", stderr);
        if (expectedText.Trim().Length == 0)
        {
            stdout.Should().BeEmpty();
            return;
        }
        CorpusSupport.JsonDifference(JsonNode.Parse(expectedText), JsonNode.Parse(stdout)).Should().BeNull();
    }

    static (string Dir, string[] Args) Prepare(string name)
    {
        Assert.SkipWhen(SharedCorpus.Directory is null, SharedCorpus.MissingReason);
        Assert.SkipWhen(KnownDifferences.TryGetValue(name, out var reason), reason ?? "");
        var dir = Path.Combine(SharedCorpus.Directory!, "cases", name);
        var words = File.ReadAllText(Path.Combine(dir, "cmd")).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var args = words.Skip(1).ToArray();
        // The runner starts each case in its directory; in-process, the paths are made absolute instead.
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] is "-logs" or "-progs")
            {
                args[i + 1] = string.Join(',', args[i + 1].Split(',').Select(p => Path.Combine(dir, p)));
            }
        }
        return (dir, args);
    }

    static (int Exit, string Stdout, string Stderr) Run(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LogMetrics.Cli.Cli.Run(args, stdout, stderr, new LogMetricsModes(stderr));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    static int ExpectedExit(string dir) =>
        int.Parse(File.ReadAllText(Path.Combine(dir, "exit_code")).Trim(), CultureInfo.InvariantCulture);

    static string Expand(string text, string dir) => text.Replace("${CASEDIR}", dir, StringComparison.Ordinal);

    // `prom_wallclock: NAME` marks a series whose value is the wall clock; the runner checks only its range.
    static string[] WallClockSeries(string meta) =>
        [.. meta.Split('\n').Where(l => l.StartsWith("prom_wallclock:", StringComparison.Ordinal)).Select(l => l["prom_wallclock:".Length..].Trim())];

    static string Without(string text, string[] names) =>
        string.Join('\n', text.Split('\n').Where(l => !names.Any(n => l.StartsWith(n + "{", StringComparison.Ordinal) || l.StartsWith(n + " ", StringComparison.Ordinal))));
}
