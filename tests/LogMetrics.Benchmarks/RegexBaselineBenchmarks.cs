using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using LogMetrics.Go;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Patterns;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Benchmarks;

/// <summary>
/// The floor under apache_combined's per-line cost: its translated .NET regex (RegexOptions.Compiled, as the
/// runtime builds it) on the same lines, without the interpreter; and strptime alone. Per line.
/// </summary>
[MemoryDiagnoser]
public class RegexBaselineBenchmarks
{
    const int BatchSize = ProcessLineBenchmarks.BatchSize;
    const string Layout = "02/Jan/2006:15:04:05 -0700";

    Regex _regex = null!;
    string[] _lines = null!;
    string[] _timestamps = null!;
    int[] _readGroups = null!;
    GoTimeLayout _layout = null!;

    [GlobalSetup]
    public void Setup()
    {
        var program = MtailCompiler.Compile(BenchmarkPrograms.Get(BenchmarkPrograms.ApacheCombinedName)).Program
            ?? throw new InvalidOperationException("apache_combined does not compile");
        var cond = program.Root.Statements.OfType<CondSyntax>().Single();
        var condition = cond.Condition is UnarySyntax { Operator: UnaryOperator.ImplicitMatch } implicitMatch ? implicitMatch.Operand : cond.Condition;
        var pattern = program.Model.GetPattern(condition)?.Translated
            ?? throw new InvalidOperationException("no translated pattern");
        _regex = new Regex(pattern.DotNetPattern, pattern.Options | RegexOptions.Compiled);
        _readGroups = [.. new[] { "timestamp", "request_method", "http_version", "request_status", "response_size" }.Select(n => Index(pattern, n))];
        _lines = LogLines.ApacheCombined(BatchSize, dashShare: 0);
        _timestamps = [.. _lines.Select(l => _regex.Match(l).Groups[_readGroups[0]].Value)];
        _layout = GoTimeLayout.Compile(Layout);
        if (_lines.Any(l => !_regex.IsMatch(l)))
        {
            throw new InvalidOperationException("a line does not match");
        }
    }

    static int Index(TranslatedPattern pattern, string name) =>
        pattern.TryGetGroupIndex(name, out var index) ? index : throw new InvalidOperationException(name);

    /// <summary>Regex.IsMatch: no Match object.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int IsMatch()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            n += _regex.IsMatch(line) ? 1 : 0;
        }

        return n;
    }

    /// <summary>Regex.Match with the capture groups, no group read.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Match()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            var match = _regex.Match(line);
            n += match.Success ? 1 : 0;
        }

        return n;
    }

    /// <summary>Regex.Match, then the 5 groups apache_combined reads as strings (what the runtime does;
    /// it reads method/version/status twice, once per counter).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int MatchAndGroupValues()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            var groups = _regex.Match(line).Groups;
            foreach (var g in _readGroups)
            {
                n += groups[g].Value.Length;
            }
        }

        return n;
    }

    /// <summary>Regex.Match, then the same 5 groups as spans (no substring).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int MatchAndGroupSpans()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            var groups = _regex.Match(line).Groups;
            foreach (var g in _readGroups)
            {
                n += groups[g].ValueSpan.Length;
            }
        }

        return n;
    }

    /// <summary>strptime with a new value every time (each line's timestamp, 4,096 distinct: the 64-entry memo misses).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long StrptimeMemoMiss()
    {
        var strptime = new GoStrptime();
        long n = 0;
        foreach (var value in _timestamps)
        {
            strptime.TryParse(value, _layout, out var time, out _);
            n += time.UnixNanoseconds;
        }

        return n;
    }

    /// <summary>strptime with the same value every time (the memo hits).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long StrptimeMemoHit()
    {
        var strptime = new GoStrptime();
        var value = _timestamps[0];
        long n = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            strptime.TryParse(value, _layout, out var time, out _);
            n += time.UnixNanoseconds;
        }

        return n;
    }
}
