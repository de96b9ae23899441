using LogMetrics.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LogMetrics.Tests.Deployment;

/// <summary>One container in examples/kubernetes that runs logmetrics, with the arguments logmetrics gets.</summary>
internal sealed record LogMetricsContainer(
    string File, YamlMappingNode Workload, YamlMappingNode PodTemplate, YamlMappingNode Container, IReadOnlyList<string> Arguments)
{
    public string Id => $"{File}/{Container.Text("name")}";

    public string Kind => Workload.Text("kind");

    public YamlMappingNode PodSpec => PodTemplate.Map("spec");
}

/// <summary>Reads every manifest under examples/kubernetes (multi-document YAML) and finds the logmetrics containers.</summary>
internal static class KubernetesManifests
{
    public static string Directory => Path.Combine(
        SharedCorpus.RepositoryRoot ?? throw new InvalidOperationException("repository root not found"), "examples", "kubernetes");

    public static IEnumerable<string> Files() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.yaml", SearchOption.AllDirectories)
            .Concat(System.IO.Directory.EnumerateFiles(Directory, "*.yml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(Directory, path))
            .Order(StringComparer.Ordinal);

    /// <summary>The documents of one file; empty documents (a trailing <c>---</c>) are left out.</summary>
    public static List<YamlMappingNode> Documents(string file)
    {
        using var reader = new StreamReader(Path.Combine(Directory, file));
        var stream = new YamlStream();
        stream.Load(reader);
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    public static IEnumerable<LogMetricsContainer> LogMetricsContainers() =>
        Files().SelectMany(file => Documents(file).SelectMany(doc => ContainersOf(file, doc)));

    public static LogMetricsContainer Named(string id) => LogMetricsContainers().Single(c => c.Id == id);

    static IEnumerable<LogMetricsContainer> ContainersOf(string file, YamlMappingNode doc)
    {
        if (PodTemplateOf(doc) is not { } template)
        {
            yield break;
        }
        var spec = template.Map("spec");
        foreach (var list in new[] { "initContainers", "containers" })
        {
            foreach (var container in spec.Seq(list).OfType<YamlMappingNode>())
            {
                if (ArgumentsOf(container) is { } arguments)
                {
                    yield return new LogMetricsContainer(file, doc, template, container, arguments);
                }
            }
        }
    }

    // Where each workload kind keeps its pod template.
    static YamlMappingNode? PodTemplateOf(YamlMappingNode doc) => doc.Text("kind") switch
    {
        "Pod" => doc,
        "Deployment" or "DaemonSet" or "StatefulSet" or "ReplicaSet" or "Job" => doc.Map("spec").Map("template"),
        "CronJob" => doc.Map("spec").Map("jobTemplate").Map("spec").Map("template"),
        _ => null,
    };

    /// <summary>
    /// logmetrics' arguments when the container runs it: as the image's entrypoint (image named
    /// logmetrics, arguments in <c>args</c>), as the command, or inside a <c>sh -c</c>/<c>bash -c</c> script.
    /// </summary>
    static List<string>? ArgumentsOf(YamlMappingNode container)
    {
        var command = container.Seq("command").Select(n => ((YamlScalarNode)n).Value ?? "").ToList();
        var args = container.Seq("args").Select(n => ((YamlScalarNode)n).Value ?? "").ToList();
        var argv = command.Concat(args).ToList();
        if (command.Count > 0 && IsLogMetrics(command[0]))
        {
            return argv[1..];
        }
        if (command.Count == 0 && IsLogMetrics(ImageName(container.Text("image"))))
        {
            return args;
        }
        var script = argv.SkipWhile(word => word != "-c").Skip(1).FirstOrDefault();
        if (argv.Count > 0 && Path.GetFileName(argv[0]) is "sh" or "bash" && script is not null)
        {
            return ShellWords.Commands(script).FirstOrDefault(words => IsLogMetrics(words[0]))?[1..];
        }
        return null;
    }

    static bool IsLogMetrics(string program) => Path.GetFileName(program) == "logmetrics";

    // registry.example.com:5000/team/logmetrics:0.1.0@sha256:… → logmetrics
    static string ImageName(string image)
    {
        var name = image.Split('@')[0];
        name = name[(name.LastIndexOf('/') + 1)..];
        return name.Split(':')[0];
    }
}

/// <summary>Terse navigation of YamlDotNet's representation model; a missing key gives an empty node.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode Map(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode map ? map : new YamlMappingNode();

    public static IEnumerable<YamlNode> Seq(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlSequenceNode seq ? seq.Children : [];

    public static string Text(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar ? scalar.Value ?? "" : "";
}
