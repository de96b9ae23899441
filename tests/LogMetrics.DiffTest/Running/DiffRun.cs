using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LogMetrics.DiffTest.Generation;

namespace LogMetrics.DiffTest.Running;

/// <summary>The settings of one fuzzing run.</summary>
public sealed record DiffOptions(int Seed, int Cases, TimeSpan Budget, int BatchSize, int Jobs, int? OnlyCase, string? KeepDir, bool Verbose = false);

/// <summary>A confirmed, shrunk disagreement.</summary>
public sealed record Finding(int Case, DisagreementKind Kind, GeneratedProgram Program, IReadOnlyList<string> Lines, IReadOnlyList<Difference> Differences);

/// <summary>
/// Generates the cases of a seed, runs valid programs in batches (several programs, one log: a
/// program's metrics carry its name, so a difference points at its program) and invalid ones one
/// by one, then confirms each disagreement on its own program and shrinks it.
/// </summary>
public sealed class DiffRun(DiffOptions options, CaseRunner runner, TextWriter output)
{
    readonly ConcurrentBag<Finding> _findings = [];
    readonly ConcurrentBag<(int Case, string What)> _unreproducible = [];
    readonly ConcurrentDictionary<string, int> _rejections = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, string> _rejectionExamples = new(StringComparer.Ordinal);
    int _valid;
    int _invalid;
    int _rejected;
    int _batches;

    public IReadOnlyCollection<Finding> Findings => _findings;

    public int Execute()
    {
        var clock = Stopwatch.StartNew();
        var indexes = options.OnlyCase is { } only ? [only] : Enumerable.Range(0, options.Cases).ToList();
        var batches = indexes.Chunk(options.BatchSize).ToList();
        var generated = 0;
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, (batch, state) =>
        {
            if (clock.Elapsed > options.Budget)
            {
                state.Stop();
                return;
            }
            var cases = batch.Select(i => ProgramGenerator.Generate(options.Seed, i)).ToList();
            var before = Interlocked.Add(ref generated, cases.Count) - cases.Count;
            RunBatch(cases);
            if ((before + cases.Count) / 200 > before / 200)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"difftest: {before + cases.Count} cases, {_findings.Count} disagreements so far ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
        });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"difftest: seed {options.Seed}: {generated} cases ({_valid} valid in {_batches} batches, {_invalid} invalid, {_rejected} rejected by both) in {clock.Elapsed.TotalSeconds:F0} s: {_findings.Count} disagreements"));
        foreach (var (index, what) in _unreproducible.OrderBy(u => u.Case))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"difftest: case {index} disagreed once but not when run again (not counted): {what}"));
        }
        if (options.Verbose)
        {
            foreach (var (reason, count) in _rejections.OrderByDescending(r => r.Value))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rejected by both {count}×: {reason}"));
                if (options.Verbose)
                {
                    output.WriteLine(_rejectionExamples[reason]);
                }
            }
        }
        foreach (var finding in _findings.OrderBy(f => f.Case))
        {
            Report(finding);
        }
        return _findings.IsEmpty ? 0 : 1;
    }

    static bool AcceptedInProcess(GeneratedProgram program) =>
        global::LogMetrics.Language.Compilation.MtailCompiler.Compile(
            global::LogMetrics.Language.Text.SourceText.From(program.Name, program.Render())).Program is not null;

    // A rejection reason without its position and the program's own names, to count alike ones together.
    static string ReasonKey(string? reason)
    {
        if (reason is null)
        {
            return "(no message)";
        }
        var colon = reason.IndexOf(": ", StringComparison.Ordinal);
        var message = colon >= 0 ? reason[(colon + 2)..] : reason;
        return System.Text.RegularExpressions.Regex.Replace(message, @"p\d+_\w+|`[^']*'|""[^""]*""", "…");
    }

    void RunBatch(List<GeneratedCase> cases)
    {
        foreach (var invalid in cases.Where(c => c.Invalid))
        {
            Interlocked.Increment(ref _invalid);
            var verdict = runner.Compile([invalid.Program]);
            if (verdict.Kind != DisagreementKind.None)
            {
                Confirm(invalid, verdict);
            }
        }
        var valid = new List<GeneratedCase>();
        foreach (var c in cases.Where(c => !c.Invalid))
        {
            if (AcceptedInProcess(c.Program))
            {
                valid.Add(c);
                continue;
            }
            // Rejected by our compiler: mtail must reject it too, with the same first error.
            var verdict = runner.Compile([c.Program]);
            if (verdict.Kind != DisagreementKind.None)
            {
                Confirm(c, verdict);
            }
            else
            {
                Interlocked.Increment(ref _rejected);
                _rejections.AddOrUpdate(ReasonKey(verdict.Reason), 1, (_, n) => n + 1);
                _rejectionExamples.TryAdd(ReasonKey(verdict.Reason), verdict.Reason + "\n" + c.Program.Render());
            }
        }
        if (valid.Count > 0 && runner.Compile(valid.Select(c => c.Program)).Kind != DisagreementKind.None)
        {
            // mtail rejects one we accept: find it, one by one.
            var accepted = new List<GeneratedCase>();
            foreach (var c in valid)
            {
                var verdict = runner.Compile([c.Program]);
                if (verdict.Kind != DisagreementKind.None)
                {
                    Confirm(c, verdict);
                }
                else
                {
                    accepted.Add(c);
                }
            }
            valid = accepted;
        }
        if (valid.Count == 0)
        {
            return;
        }
        Interlocked.Add(ref _valid, valid.Count);
        Interlocked.Increment(ref _batches);
        var run = runner.Run(valid.Select(c => c.Program), valid.SelectMany(c => c.Lines));
        if (run.Kind == DisagreementKind.None)
        {
            return;
        }
        var named = run.Differences.Select(d => d.Program).Where(p => p is not null).ToHashSet();
        var suspects = named.Count > 0 ? valid.Where(c => named.Contains(c.Program.Name)).ToList() : valid;
        foreach (var c in suspects)
        {
            var alone = runner.Run([c.Program], c.Lines);
            if (alone.Kind != DisagreementKind.None)
            {
                Confirm(c, alone);
            }
            else
            {
                // Only with the other programs' lines: keep the whole batch's log.
                var lines = valid.SelectMany(v => v.Lines).ToList();
                var withAll = runner.Run([c.Program], lines);
                if (withAll.Kind != DisagreementKind.None)
                {
                    Confirm(c with { Lines = lines }, withAll);
                }
            }
        }
    }

    void Confirm(GeneratedCase c, Verdict verdict)
    {
        // A disagreement that does not happen again (a peer slowed down by the machine's load, say)
        // is reported apart, not shrunk.
        if (runner.Check(c.Program, c.Lines, c.Invalid).Kind != verdict.Kind)
        {
            _unreproducible.Add((c.Index, verdict.Differences.Count > 0 ? verdict.Differences[0].What : ""));
            return;
        }
        var shrinker = new Shrinker((program, lines) => runner.Check(program, lines, c.Invalid, verdict.Kind).Kind == verdict.Kind);
        var (program, lines) = shrinker.Shrink(c.Program, c.Lines);
        var final = runner.Check(program, lines, c.Invalid);
        if (final.Kind == DisagreementKind.None)
        {
            (program, lines, final) = (c.Program, c.Lines.ToList(), verdict);
        }
        _findings.Add(new Finding(c.Index, final.Kind, program, lines, final.Differences));
    }

    void Report(Finding finding)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"\n=== disagreement ({finding.Kind}), seed {options.Seed} case {finding.Case}: rerun with --seed {options.Seed} --case {finding.Case}\n");
        foreach (var difference in finding.Differences.Take(8))
        {
            sb.Append("  ").Append(difference.What).Append('\n');
        }
        sb.Append("--- ").Append(finding.Program.Name).Append('\n').Append(finding.Program.Render());
        sb.Append("--- in.log (").Append(finding.Lines.Count).Append(" lines)\n");
        foreach (var line in finding.Lines)
        {
            sb.Append(line).Append('\n');
        }
        output.Write(sb.ToString());
        if (options.KeepDir is { } keep)
        {
            var dir = Path.Combine(keep, string.Create(CultureInfo.InvariantCulture, $"seed{options.Seed}-case{finding.Case}"));
            Directory.CreateDirectory(Path.Combine(dir, "progs"));
            File.WriteAllText(Path.Combine(dir, "progs", finding.Program.Name), finding.Program.Render());
            File.WriteAllText(Path.Combine(dir, "in.log"), string.Concat(finding.Lines.Select(l => l + "\n")));
            File.WriteAllText(Path.Combine(dir, "differences.txt"), string.Join("\n", finding.Differences.Select(d => d.What)) + "\n");
        }
    }
}
