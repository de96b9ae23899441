using LogMetrics.Exporting.Exposition;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Execution;
using LogMetrics.Runtime.Loading;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// Top-level patterns matched ahead of the program (LinePrematcher, BatchRunner, ParallelLinePipeline) must
/// give exactly what running each line on its own gives.
/// </summary>
public sealed class PrematchTests
{
    [Theory]
    [InlineData("/a/ {\n c++\n}", 1)]
    [InlineData("/(?P<x>a)/ {\n c++\n}\n/b/ {\n c++\n}", 2)]
    [InlineData("/a/ {\n /b/ {\n  c++\n }\n}", 1)] // the nested /b/ is matched only when /a/ holds
    [InlineData("const A /a/\nA {\n c++\n}\nA {\n c++\n}", 2)] // each use of a constant is a pattern of its own
    [InlineData("/a/ && 1 == 1 {\n c++\n}", 0)] // only a condition that is just a pattern
    [InlineData("/a/ {\n c++\n}\notherwise {\n /b/ {\n  c++\n }\n}", 1)]
    [InlineData("def d {\n /a/ {\n  next\n }\n}\n@d {\n /b/ {\n  c++\n }\n}", 1)] // the decorator's /a/ runs on every line
    [InlineData("getfilename() =~ /a/ {\n c++\n}", 0)]
    public void Only_patterns_matched_on_every_line_are_matched_ahead(string body, int expected) =>
        ProgramHarness.Load("counter c\n" + body).Program.Prematcher.Count.Should().Be(expected);

    [Theory]
    [InlineData("/a/ {\n c++\n}\n/b/ {\n c++\n}", true)]
    [InlineData("const A /a/\nA {\n /b/ {\n  c++\n }\n}", true)]
    [InlineData("/a/ {\n c++\n} else {\n c++\n}", false)] // the else runs on the other lines
    [InlineData("/a/ {\n c++\n}\notherwise {\n c++\n}", false)]
    [InlineData("/a/ {\n c++\n}\nc++", false)] // a statement that runs on every line
    [InlineData("/a/ && 1 == 1 {\n c++\n}", false)]
    [InlineData("def d {\n /a/ {\n  next\n }\n}\n@d {\n c++\n}", false)]
    public void A_program_may_skip_lines_where_no_top_level_pattern_matches_only_when_nothing_else_runs(string body, bool idle) =>
        ProgramHarness.Load("counter c\n" + body).Program.IdleUnlessMatched.Should().Be(idle);

    public static TheoryData<string> ExamplePrograms()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepoRoot(), "examples")))
        {
            if (File.Exists(Path.Combine(dir, "sample.log")) && Directory.GetFiles(dir, "*.mtail").Length > 0)
            {
                data.Add(Path.GetFileName(dir));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplePrograms))]
    public void An_example_gives_the_same_metrics_through_the_parallel_pipeline(string example)
    {
        var dir = Path.Combine(RepoRoot(), "examples", example);
        var programs = Directory.GetFiles(dir, "*.mtail").Order(StringComparer.Ordinal).ToArray();
        var lines = File.ReadAllLines(Path.Combine(dir, "sample.log"));

        RunParallel(programs, lines, batchLines: 3).Should().Be(RunSequential(programs, lines));
    }

    [Fact]
    public void Lines_keep_their_order_across_many_recycled_batches()
    {
        const string Source = """
            counter lines by parity
            gauge last
            text last_text
            counter nested
            const NUM /(?P<n>\d+)$/
            NUM {
              $n % 2 == 0 {
                lines["even"]++
              } else {
                lines["odd"]++
              }
              last = $n
              last_text = $0
              /7$/ {
                nested++
              }
            }
            otherwise {
              lines["none"]++
            }
            """;
        var lines = Enumerable.Range(1, 20_000).Select(i => i % 10 == 3 ? "no number" : $"line {i}").ToArray();
        var file = WriteTemp(Source);

        var parallel = RunParallel([file], lines, batchLines: 7, maxBatchesInFlight: 3);

        parallel.Should().Be(RunSequential([file], lines));
        parallel.Should().Contain("last{prog=\"prog.mtail\"} 20000").And.Contain("nested{prog=\"prog.mtail\"} 2000");
    }

    [Fact]
    public void Programs_sharing_a_pattern_have_it_matched_once_and_get_what_they_get_alone()
    {
        var dir = Path.Combine(RepoRoot(), "examples", "nginx-access");
        var source = File.ReadAllText(Directory.GetFiles(dir, "*.mtail").Single());
        var copies = Directory.CreateTempSubdirectory("shared-pattern").FullName;
        var programs = new[] { "a.mtail", "b.mtail" }.Select(name => Path.Combine(copies, name)).ToArray();
        foreach (var program in programs)
        {
            File.WriteAllText(program, source);
        }
        var lines = File.ReadAllLines(Path.Combine(dir, "sample.log"));

        var store = new MetricStore();
        var runner = new BatchRunner([.. programs.Select(p => Load(p, store))]);
        runner.DistinctPatterns.Should().Be(runner.Stride / 2);
        RunParallel(programs, lines, batchLines: 5).Should().Be(RunSequential(programs, lines));
    }

    [Fact]
    public void A_log_filter_is_honoured_when_lines_are_matched_ahead()
    {
        var file = WriteTemp("log_filter \"/a.log\"\ncounter c\n/x/ {\n  c++\n}");
        var store = new MetricStore();
        var runner = new BatchRunner([Load(file, store)]);
        var batch = runner.CreateBatch(4);
        batch.Add("x", "/a.log");
        batch.Add("x", "/b.log");
        batch.Add("x", "/a.log");

        runner.Prematch(batch, 0, batch.Count);
        runner.RunAll(batch);

        ((IntDatum)store.GetMetrics("c").Single().Scalar!).Value.Should().Be(2);
    }

    static string RunSequential(string[] programs, string[] lines)
    {
        var store = new MetricStore();
        var loaded = programs.Select(p => Load(p, store)).ToArray();
        foreach (var line in lines)
        {
            foreach (var program in loaded)
            {
                program.ProcessLine(line, ProgramHarness.DefaultLog);
            }
        }
        return Render(store);
    }

    static string RunParallel(string[] programs, string[] lines, int batchLines, int maxBatchesInFlight = 8)
    {
        var store = new MetricStore();
        var runner = new BatchRunner([.. programs.Select(p => Load(p, store))]);
        using (var pipeline = new ParallelLinePipeline(runner, batchLines, maxBatchesInFlight))
        {
            foreach (var line in lines)
            {
                pipeline.Add(line, ProgramHarness.DefaultLog);
            }
            pipeline.Complete();
        }
        return Render(store);
    }

    static CompiledProgram Load(string path, MetricStore store)
    {
        var result = ProgramLoader.Load(SourceText.Load(path), store, new CompilerOptions(),
            new RuntimeOptions { Clock = new FixedClock() });
        return result.Program ?? throw new InvalidOperationException($"{path}: {string.Join("\n", result.Diagnostics)}");
    }

    static string Render(MetricStore store) =>
        PrometheusTextWriter.Render(store, new PrometheusWriterOptions { EmitTimestamps = true }).Text;

    static string WriteTemp(string source)
    {
        var dir = Directory.CreateTempSubdirectory("prematch");
        var path = Path.Combine(dir.FullName, "prog.mtail");
        File.WriteAllText(path, source + "\n");
        return path;
    }

    static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogMetrics.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("LogMetrics.sln not found above " + AppContext.BaseDirectory);
    }
}
