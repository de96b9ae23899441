using LogMetrics.Language.Compilation;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Execution;
using LogMetrics.Runtime.Loading;

namespace LogMetrics.Benchmarks;

/// <summary>
/// The per-line cases, named <c>program:input</c>:
/// apache_combined:match has 10% lines with a <c>-</c> size (a runtime error each, as in mtail);
/// :match-nodash has none; :dash has only those; :nomatch is syslog lines.
/// gpu_duration:match lines all hold a float; :nomatch none; :mixed is 4-line job blocks (1 in 4 match).
/// linecount matches every line; it runs on apache and on gpu lines.
/// </summary>
public static class ProgramCases
{
    public const string FileName = "/var/log/bench.log";

    /// <summary>Loads the case's program into a fresh store, makes <paramref name="count"/> lines, and runs
    /// them once so that label sets exist and the regexes are warm.</summary>
    public static (CompiledProgram Program, string[] Lines) Create(string name, int count, TimeProvider? clock = null)
    {
        var (program, input) = name.Split(':') switch
        {
            [var p, var i] => (p, i),
            _ => throw new InvalidOperationException($"bad case {name}"),
        };
        var lines = (program, input) switch
        {
            (BenchmarkPrograms.ApacheCombinedName, "match") => LogLines.ApacheCombined(count),
            (BenchmarkPrograms.ApacheCombinedName, "match-nodash") => LogLines.ApacheCombined(count, dashShare: 0),
            (BenchmarkPrograms.ApacheCombinedName, "dash") => LogLines.ApacheCombined(count, dashShare: 1),
            (BenchmarkPrograms.ApacheCombinedName, "nomatch") => LogLines.Syslog(count),
            (BenchmarkPrograms.GpuDurationName, "match") => LogLines.GpuDurations(count),
            (BenchmarkPrograms.GpuDurationName, "nomatch") => LogLines.GpuNoDuration(count),
            (BenchmarkPrograms.GpuDurationName, "mixed") => LogLines.GpuJobs(count),
            (BenchmarkPrograms.LineCountName, "apache") => LogLines.ApacheCombined(count),
            (BenchmarkPrograms.LineCountName, "gpu") => LogLines.GpuJobs(count),
            _ => throw new InvalidOperationException($"unknown case {name}"),
        };
        var runtimeOptions = clock is null ? new RuntimeOptions() : new RuntimeOptions { Clock = clock };
        var store = new MetricStore();
        var result = ProgramLoader.Load(BenchmarkPrograms.Get(program), store, new CompilerOptions(), runtimeOptions);
        var compiled = result.Program ?? throw new InvalidOperationException($"{program} does not load");

        Run(compiled, lines);
        Check(name, compiled, store, count);
        return (compiled, lines);
    }

    public static void Run(CompiledProgram program, string[] lines)
    {
        foreach (var line in lines)
        {
            program.ProcessLine(line, FileName);
        }
    }

    // The inputs must do what the case says, or the figures mean nothing.
    static void Check(string name, CompiledProgram program, MetricStore store, int count)
    {
        var errors = program.RuntimeErrors;
        var expectedErrors = name switch
        {
            "apache_combined:match-nodash" or "apache_combined:nomatch" => 0,
            "apache_combined:dash" => count,
            _ => -1,
        };
        if (expectedErrors >= 0 && errors != expectedErrors)
        {
            throw new InvalidOperationException($"{name}: {errors} runtime errors, expected {expectedErrors}: {program.LastRuntimeError}");
        }

        var series = store.GetFamilies().Sum(f => f.Metrics.Sum(m => m.Count));
        var expectSeries = name switch
        {
            "apache_combined:nomatch" or "gpu_duration:nomatch" => false,
            _ => true,
        };
        if ((series > 0) != expectSeries)
        {
            throw new InvalidOperationException($"{name}: {series} series after one batch");
        }
    }
}
