using LogMetrics.DiffTest.Generation;

namespace LogMetrics.DiffTest.Running;

/// <summary>How two implementations disagreed on a program: when compiling, or in the metrics.</summary>
public enum DisagreementKind
{
    None,
    Compile,
    Output,
}

/// <summary>The verdict on one or more programs run against one log.</summary>
public sealed record Verdict(DisagreementKind Kind, IReadOnlyList<Difference> Differences, bool BothRejected)
{
    /// <summary>Why both rejected the program: mtail's first compile error.</summary>
    public string? Reason { get; init; }

    public static readonly Verdict Agree = new(DisagreementKind.None, [], false);
}

/// <summary>Writes programs and a log to a directory and runs both implementations on them.</summary>
public sealed class CaseRunner(Implementation mtail, Implementation logmetrics, string scratch)
{
    int _dirs;

    public Implementation Mtail { get; } = mtail;

    public Implementation LogMetrics { get; } = logmetrics;

    public string Prepare(IEnumerable<GeneratedProgram> programs, IEnumerable<string> lines)
    {
        var dir = Path.Combine(scratch, "run" + Interlocked.Increment(ref _dirs).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Path.Combine(dir, "progs"));
        foreach (var program in programs)
        {
            File.WriteAllText(Path.Combine(dir, "progs", program.Name), program.Render());
        }
        File.WriteAllText(Path.Combine(dir, "in.log"), string.Concat(lines.Select(l => l + "\n")));
        return dir;
    }

    /// <summary>Compile-only on both: same exit code and the same first error, or a disagreement.</summary>
    public Verdict Compile(IEnumerable<GeneratedProgram> programs)
    {
        var dir = Prepare(programs, []);
        try
        {
            var m = Mtail.CompileOnly(dir);
            // mtail now and then exits 1 before its error reaches stderr (more often on a loaded
            // machine): ask it again, and if it never says why, this is no verdict on logmetrics.
            for (var retry = 0; retry < 4 && m.ExitCode != 0 && m.FirstCompileError is null; retry++)
            {
                Thread.Sleep(200 * (retry + 1));
                m = Mtail.CompileOnly(dir);
            }
            var l = LogMetrics.CompileOnly(dir);
            if (m.ExitCode != 0 && m.FirstCompileError is null && !l.Crashed)
            {
                return Verdict.Agree with { BothRejected = l.ExitCode != 0, Reason = "(mtail exited 1 without an error)" };
            }
            var differences = new List<Difference>();
            if (l.Crashed || l.TimedOut)
            {
                differences.Add(new Difference(null, "logmetrics crashed or hung in -compile_only: " + Tail(l.Stderr)));
            }
            if ((m.ExitCode == 0) != (l.ExitCode == 0))
            {
                differences.Add(new Difference(null, $"compile exit code: mtail {m.ExitCode}, logmetrics {l.ExitCode}; mtail: {m.FirstCompileError}; logmetrics: {l.FirstCompileError}"));
            }
            else if (m.ExitCode != 0 && !SameError(m.FirstCompileError, l.FirstCompileError))
            {
                differences.Add(new Difference(null, $"first compile error: mtail `{m.FirstCompileError}`, logmetrics `{l.FirstCompileError}`"
                    + (m.FirstCompileError is null ? $" (mtail exit {m.ExitCode}, timed out: {m.TimedOut}: {Tail(m.Stderr)})" : "")));
            }
            return differences.Count > 0
                ? new Verdict(DisagreementKind.Compile, differences, false)
                : Verdict.Agree with { BothRejected = m.ExitCode != 0, Reason = m.FirstCompileError };
        }
        finally
        {
            TryDelete(dir);
        }
    }

    /// <summary>One-shot in both formats on both; the programs are known to compile in both.</summary>
    public Verdict Run(IEnumerable<GeneratedProgram> programs, IEnumerable<string> lines)
    {
        var dir = Prepare(programs, lines);
        try
        {
            var differences = new List<Difference>();
            foreach (var format in new[] { "prometheus", "json" })
            {
                var m = Mtail.OneShot(dir, format);
                var l = LogMetrics.OneShot(dir, format);
                if (m.ExitCode != l.ExitCode)
                {
                    // As above: a second opinion before calling it a disagreement.
                    m = Mtail.OneShot(dir, format);
                }
                if (l.Crashed || l.TimedOut)
                {
                    differences.Add(new Difference(null, $"logmetrics crashed or hung ({format}): " + Tail(l.Stderr)));
                }
                if (m.TimedOut)
                {
                    // mtail hanging is not our disagreement to report.
                    return Verdict.Agree;
                }
                if (m.ExitCode != l.ExitCode)
                {
                    return new Verdict(DisagreementKind.Compile, [new Difference(null, $"{format} exit code: mtail {m.ExitCode}, logmetrics {l.ExitCode}: {Tail(l.Stderr)}")], false);
                }
                if (m.ExitCode != 0)
                {
                    return Verdict.Agree with { BothRejected = true };
                }
                differences.AddRange(format == "json"
                    ? OutputComparer.CompareJson(m.Stdout, l.Stdout)
                    : OutputComparer.ComparePrometheus(m.Stdout, l.Stdout));
            }
            return differences.Count > 0 ? new Verdict(DisagreementKind.Output, differences, false) : Verdict.Agree;
        }
        finally
        {
            TryDelete(dir);
        }
    }

    /// <summary>The whole check of one program: compile, then (if both accept it) run.</summary>
    public Verdict Check(GeneratedProgram program, IReadOnlyList<string> lines, bool invalid, DisagreementKind looking = DisagreementKind.None)
    {
        if (looking == DisagreementKind.Output)
        {
            // While shrinking a difference in metrics, a program that no longer compiles in both
            // shows as a difference in exit codes, which Run reports as a compile disagreement.
            return Run([program], lines);
        }
        var compile = Compile([program]);
        if (compile.Kind != DisagreementKind.None || compile.BothRejected || invalid)
        {
            return compile;
        }
        return Run([program], lines);
    }

    // mtail's "Internal compiler error" messages end with Go dumps of syntax nodes and operator
    // token numbers, where logmetrics names them (docs/compatibility.md): for those, the position
    // and the kind of error must agree.
    static bool SameError(string? mtail, string? ours)
    {
        const string Internal = "Internal compiler error";
        if (mtail is null || ours is null || !mtail.Contains(Internal, StringComparison.Ordinal) || !ours.Contains(Internal, StringComparison.Ordinal))
        {
            return mtail == ours;
        }
        return mtail[..mtail.IndexOf(Internal, StringComparison.Ordinal)] == ours[..ours.IndexOf(Internal, StringComparison.Ordinal)];
    }

    static string Tail(string text) => text.Length <= 400 ? text.Trim() : "…" + text[^400..].Trim();

    static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
