using System.Text.RegularExpressions;
using LogMetrics.Tests.Examples;
using LogMetrics.Tests.Integration.Batch;
using LogMetrics.Tests.Integration.Daemon;
using YamlDotNet.RepresentationModel;

namespace LogMetrics.Tests.Deployment;

/// <summary>
/// The pipeline of examples/kubernetes/gpu-job-cronjob.yaml, run by bash as the pod would run it, with
/// only what a test must change: the benchmark prints the GPU sample log, the binary and the programs
/// are the built ones, the Pushgateway is a local one, and the port is a free one.
/// </summary>
public sealed partial class CronJobPipelineTests(Pushgateway gateway) : IClassFixture<Pushgateway>
{
    [Fact]
    public async Task The_cronjob_pipeline_passes_the_log_through_pushes_the_duration_and_exits_0()
    {
        Pushgateway.SkipUnlessInstalled();
        var dll = BuiltCli.DllOrSkip();
        var container = KubernetesManifests.Named("gpu-job-cronjob.yaml/gpu-benchmark");
        container.Container.Seq("command").Select(n => ((YamlScalarNode)n).Value).Should().Equal("bash", "-c");
        var script = container.Container.Seq("args").Cast<YamlScalarNode>().Single().Value!;
        using var scratch = new Scratch();
        WriteConfigMapPrograms(container, scratch.Progs);
        var gpu = ExampleCase.Named("gpu-job");

        var local = Replace(script, JobCommand(), $"cat '{gpu.Log}'");
        local = Replace(local, "/opt/logmetrics/logmetrics", $"dotnet '{dll}'");
        local = Replace(local, "-progs /etc/logmetrics", $"-progs '{scratch.Progs}'");
        local = Replace(local, PushGatewayUrl(), gateway.Url.ToString());
        local = Replace(local, Linger(), "-linger 0s -address 127.0.0.1 -port 0");
        await using var pod = ChildProcess.Start("/bin/bash", ["-c", local], scratch.Root);

        (await pod.WaitForExitAsync(TimeSpan.FromSeconds(60))).Should().Be(0, pod.Stderr);
        pod.Stdout.Should().Be(File.ReadAllText(gpu.Log), "-passthrough gives kubectl logs the job's output");
        var group = await gateway.GroupAsync(new Dictionary<string, string> { ["job"] = "gpu-benchmark", ["cronjob"] = "gpu-benchmark" });
        group.Should().NotBeNull($"the final values were pushed; logmetrics said:\n{pod.Stderr}");
        group!.Value("duration").Should().Be(12.945885);
    }

    static void WriteConfigMapPrograms(LogMetricsContainer container, string progs)
    {
        var volume = container.PodSpec.Seq("volumes").OfType<YamlMappingNode>().Single(v => v.Map("configMap").Children.Count > 0);
        var configMap = KubernetesManifests.Documents(container.File)
            .Single(d => d.Text("kind") == "ConfigMap" && d.Map("metadata").Text("name") == volume.Map("configMap").Text("name"));
        foreach (var (key, value) in configMap.Map("data").Children)
        {
            File.WriteAllText(Path.Combine(progs, ((YamlScalarNode)key).Value!), ((YamlScalarNode)value).Value);
        }
    }

    // Each replacement must find its text once, so a change to the manifest fails here instead of testing something else.
    static string Replace(string script, string text, string with)
    {
        script.Split(text).Should().HaveCount(2, $"the CronJob's script has `{text}` once");
        return script.Replace(text, with, StringComparison.Ordinal);
    }

    static string Replace(string script, Regex pattern, string with)
    {
        pattern.Matches(script).Should().ContainSingle($"the CronJob's script matches {pattern} once");
        return pattern.Replace(script, with);
    }

    // The benchmark: what stands between `pipefail;` and its `2>&1`.
    [GeneratedRegex(@"(?<=pipefail;\s*)\S[^|]*?(?= 2>&1)")]
    private static partial Regex JobCommand();

    [GeneratedRegex(@"http://pushgateway[^ ]*")]
    private static partial Regex PushGatewayUrl();

    [GeneratedRegex(@"-linger \S+")]
    private static partial Regex Linger();
}
