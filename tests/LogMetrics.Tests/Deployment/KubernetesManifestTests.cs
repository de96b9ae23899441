using LogMetrics.Metrics;
using LogMetrics.Tests.Cli;
using LogMetrics.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LogMetrics.Tests.Deployment;

/// <summary>
/// The manifests in examples/kubernetes must run: every logmetrics command line in them is accepted by
/// the real flag parser, its programs come from a ConfigMap that compiles, and Prometheus finds its port.
/// </summary>
public sealed class KubernetesManifestTests
{
    public static TheoryData<string> Files() => new(KubernetesManifests.Files());

    public static TheoryData<string> Containers() => new(KubernetesManifests.LogMetricsContainers().Select(c => c.Id));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_document_is_a_kubernetes_object(string file)
    {
        var documents = KubernetesManifests.Documents(file);

        documents.Should().NotBeEmpty();
        documents.Should().AllSatisfy(doc =>
        {
            doc.Text("apiVersion").Should().NotBeEmpty();
            doc.Text("kind").Should().NotBeEmpty();
            doc.Map("metadata").Text("name").Should().NotBeEmpty();
        });
    }

    [Fact]
    public void The_examples_cover_a_cronjob_and_a_daemonset()
    {
        KubernetesManifests.LogMetricsContainers().Select(c => c.Kind).Should().Contain(["CronJob", "DaemonSet"]);
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void The_command_line_is_accepted_by_the_cli(string id)
    {
        var container = KubernetesManifests.Named(id);

        var outcome = CliRunner.Run([.. container.Arguments]);

        outcome.Stderr.Should().BeEmpty("logmetrics {0} is a valid command line", string.Join(' ', container.Arguments));
        outcome.ExitCode.Should().Be(0);
        outcome.Modes.Mode.Should().Be("daemon", "a deployed logmetrics tails its logs");
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void The_programs_come_from_a_configmap_that_compiles(string id)
    {
        var container = KubernetesManifests.Named(id);
        var progs = CliRunner.Run([.. container.Arguments]).Modes.Options!.Progs;

        var mount = container.Container.Seq("volumeMounts").OfType<YamlMappingNode>()
            .Single(m => progs == m.Text("mountPath") || progs.StartsWith(m.Text("mountPath") + "/", StringComparison.Ordinal));
        mount.Text("readOnly").Should().Be("true", "logmetrics never writes its programs");
        var volume = container.PodSpec.Seq("volumes").OfType<YamlMappingNode>().Single(v => v.Text("name") == mount.Text("name"));
        var configMapName = volume.Map("configMap").Text("name");
        var configMap = KubernetesManifests.Documents(container.File)
            .Single(d => d.Text("kind") == "ConfigMap" && d.Map("metadata").Text("name") == configMapName);

        var programs = configMap.Map("data").Children
            .Select(entry => (Name: ((YamlScalarNode)entry.Key).Value!, Source: ((YamlScalarNode)entry.Value).Value!))
            .Where(p => p.Name.EndsWith(".mtail", StringComparison.Ordinal))
            .ToList();
        programs.Should().NotBeEmpty();
        foreach (var (name, source) in programs)
        {
            var result = ProgramHarness.TryLoad(source, name, new MetricStore());
            result.Succeeded.Should().BeTrue($"{name} must compile: {string.Join("; ", result.Diagnostics)}{result.StoreError}");
        }
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void Prometheus_is_told_the_port_the_container_serves(string id)
    {
        var container = KubernetesManifests.Named(id);
        var port = CliRunner.Run([.. container.Arguments]).Modes.Options!.Port;

        var annotations = container.PodTemplate.Map("metadata").Map("annotations");
        annotations.Text("prometheus.io/scrape").Should().Be("true");
        annotations.Text("prometheus.io/port").Should().Be(port);
        container.Container.Seq("ports").OfType<YamlMappingNode>().Select(p => p.Text("containerPort")).Should().Contain(port);
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void In_a_job_logmetrics_ends_with_the_job(string id)
    {
        var container = KubernetesManifests.Named(id);
        if (container.Kind is not ("CronJob" or "Job"))
        {
            return;
        }

        var options = CliRunner.Run([.. container.Arguments]).Modes.Options!;
        var nativeSidecar = container.PodSpec.Seq("initContainers").Contains(container.Container)
            && container.Container.Text("restartPolicy") == "Always";

        (nativeSidecar || options.ExitOnEof).Should().BeTrue(
            "a plain sidecar that never exits keeps the Job from completing: use -exit_on_eof or a native sidecar");
        options.PushGateway.Should().NotBeEmpty("the pod goes away when the job ends, so its last values are pushed");
    }
}
