using System.Globalization;
using LogMetrics.DiffTest.Running;

namespace LogMetrics.DiffTest;

/// <summary>
/// difftest [--cases N] [--seed S] [--seconds T] [--batch K] [--jobs J] [--case I] [--keep DIR]
///          [--mtail PATH] [--logmetrics PATH] [--verbose]
/// Exit 0: no disagreement (or skipped: mtail is not installed); 1: disagreements, printed shrunk; 2: usage.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var seed = Random.Shared.Next(1, int.MaxValue);
        var cases = 200;
        var seconds = 3600.0;
        var batch = 12;
        var jobs = 2;
        int? only = null;
        string? keep = null;
        var mtail = "mtail";
        string? logmetrics = null;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--cases": cases = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seconds": seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--batch": batch = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--jobs": jobs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--case": only = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--keep": keep = Next(); break;
                    case "--mtail": mtail = Next(); break;
                    case "--logmetrics": logmetrics = Next(); break;
                    case "--verbose": verbose = true; break;
                    default: throw new ArgumentException($"unknown argument {args[i]}");
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine($"difftest: {e.Message}");
                return 2;
            }
        }
        if (Implementation.FindOnPath(mtail) is not { } mtailPath)
        {
            Console.WriteLine($"difftest: skipped: mtail ({mtail}) is not installed; .ci/run installs Debian's mtail");
            return 0;
        }
        if (logmetrics is null || Implementation.FindOnPath(logmetrics) is not { } ours)
        {
            Console.Error.WriteLine($"difftest: --logmetrics PATH is required and must exist (got {logmetrics ?? "nothing"})");
            return 2;
        }
        Console.WriteLine($"difftest: seed {seed} (rerun with --seed {seed}), {cases} cases, mtail {mtailPath}, logmetrics {ours}");
        var scratch = Directory.CreateTempSubdirectory("difftest-").FullName;
        try
        {
            var runner = new CaseRunner(new Implementation("mtail", mtailPath), new Implementation("logmetrics", ours), scratch);
            var options = new DiffOptions(seed, cases, TimeSpan.FromSeconds(seconds), batch, jobs, only, keep, verbose);
            return new DiffRun(options, runner, Console.Out).Execute();
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
