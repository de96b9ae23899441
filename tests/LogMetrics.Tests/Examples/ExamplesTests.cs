using System.Diagnostics;
using System.Text.Json.Nodes;
using LogMetrics.Tests.Exporting;

namespace LogMetrics.Tests.Examples;

/// <summary>
/// Every program in examples/ runs on its sample log and gives its committed expected output (made
/// by mtail 3.0.0~rc50); and, where mtail is installed, gives what mtail gives right now.
/// </summary>
public sealed class ExamplesTests
{
    const string Mtail = "/usr/bin/mtail";

    public static TheoryData<string> Names => ExampleCase.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_gives_its_expected_output(string name)
    {
        var example = ExampleCase.Named(name);
        var (exit, stdout, stderr) = example.RunLogMetrics("prometheus");

        exit.Should().Be(0, stderr);
        CorpusSupport.PrometheusDifference(example.ExpectedPrometheus, stdout).Should().BeNull();
    }

    [Fact]
    public void The_gpu_job_example_exports_the_last_runs_duration()
    {
        var example = ExampleCase.Named("gpu-job");
        var lastDuration = File.ReadAllLines(example.Log).Last(l => l.Contains('.', StringComparison.Ordinal));

        var (_, stdout, _) = example.RunLogMetrics("prometheus");

        stdout.Should().Contain($"duration{{prog=\"config.mtail\"}} {lastDuration.TrimEnd('0')}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_matches_mtail_run_now(string name)
    {
        Assert.SkipUnless(File.Exists(Mtail), $"{Mtail} is not installed (apt-get install mtail); .ci/run installs it");
        var example = ExampleCase.Named(name);

        var ours = example.RunLogMetrics("prometheus");
        var theirs = RunMtail(example, "prometheus");
        CorpusSupport.PrometheusDifference(theirs, ours.Stdout).Should().BeNull();

        var oursJson = JsonNode.Parse(example.RunLogMetrics("json").Stdout);
        var theirsJson = JsonNode.Parse(RunMtail(example, "json"));
        CorpusSupport.JsonDifference(WithoutWallClock(theirsJson), oursJson).Should().BeNull();
    }

    static string RunMtail(ExampleCase example, string format)
    {
        var start = new ProcessStartInfo(Mtail)
        {
            WorkingDirectory = example.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-one_shot", "-one_shot_format", format, "-port", "0", "-address", "127.0.0.1", "-logs", example.Log, "-progs", example.Program })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["TZ"] = "UTC";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue("mtail must finish a one-shot run");
        process.ExitCode.Should().Be(0, stderr.Result);
        return stdout.Result;
    }

    // Datum times are wall-clock when no strptime ran for the line: they cannot be compared.
    static JsonNode? WithoutWallClock(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (key == "Time")
                    {
                        obj[key] = null;
                    }
                    else
                    {
                        WithoutWallClock(obj[key]);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WithoutWallClock(item);
                }
                break;
        }
        return node;
    }
}
