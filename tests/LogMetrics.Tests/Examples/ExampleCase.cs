using LogMetrics.Cli;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Examples;

/// <summary>One bundled example: a directory of examples/ with one program, sample.log and expected.prom.</summary>
public sealed record ExampleCase(string Directory, string Program)
{
    public string Log => Path.Combine(Directory, "sample.log");

    public string ExpectedPrometheus => File.ReadAllText(Path.Combine(Directory, "expected.prom"));

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var dir in System.IO.Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            if (System.IO.Directory.GetFiles(dir, "*.mtail").Length == 1)
            {
                data.Add(Path.GetFileName(dir));
            }
        }
        return data;
    }

    public static string Root => Path.Combine(SharedCorpus.RepositoryRoot ?? throw new InvalidOperationException("repository root not found"), "examples");

    public static ExampleCase Named(string name)
    {
        var dir = Path.Combine(Root, name);
        return new ExampleCase(dir, System.IO.Directory.GetFiles(dir, "*.mtail").Single());
    }

    /// <summary>Runs logmetrics one-shot in-process on the example.</summary>
    public (int Exit, string Stdout, string Stderr) RunLogMetrics(string format)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LogMetrics.Cli.Cli.Run(["-one_shot", "-one_shot_format", format, "-logs", Log, "-progs", Program], stdout, stderr, new LogMetricsModes(stderr));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
