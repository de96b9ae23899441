using LogMetrics.Cli;
using LogMetrics.Tests.Examples;

namespace LogMetrics.Tests.Cli;

/// <summary>-dump_ast, -dump_ast_types and -dump_bytecode print each stage of each program.</summary>
public sealed class DumpFlagsTests
{
    static (int Exit, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LogMetrics.Cli.Cli.Run(args, stdout, stderr, new LogMetricsModes(stderr));
        return (exit, stderr.ToString());
    }

    static string Program => ExampleCase.Named("gpu-job").Program;

    [Fact]
    public void Dump_ast_prints_the_syntax_tree_with_positions()
    {
        var (exit, text) = Run("-dump_ast", "-progs", Program);

        exit.Should().Be(0);
        text.Should().StartWith("config.mtail AST:\n(Block @ config.mtail:2:7-14\n  (Decl gauge duration @ config.mtail:2:7-14)");
    }

    [Fact]
    public void Dump_ast_types_shows_inferred_types_and_resolved_names()
    {
        var (_, text) = Run("-dump_ast_types", "-progs", Program);

        text.Should().Contain("(Decl gauge duration <Float>")
            .And.Contain("(Capref $dur <Float> @ config.mtail:5:20-23 -> capture group 1 declared at config.mtail:4:1-26)");
    }

    [Fact]
    public void Dump_bytecode_shows_bound_metrics_and_compiled_regexes()
    {
        var (_, text) = Run("-dump_bytecode", "-compile_only", "-progs", Program);

        text.Should().Contain("Prog: config.mtail\nMetrics:\n  Gauge duration Float keys [] at config.mtail:2:7-14\nRegexps:\n  0: /(?P<dur>[0-9]+[.][0-9]+)/ as .NET ([0-9]+\\.[0-9]+) (Match, capture groups read; compiled)");
    }

    [Fact]
    public void A_program_that_does_not_compile_still_dumps_its_tree_and_fails()
    {
        var dir = Directory.CreateTempSubdirectory("logmetrics-dump-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "bad.mtail"), "counter c\n/a/ {\n  d++\n}\n");
            var (exit, text) = Run("-dump_ast", "-progs", dir);

            exit.Should().Be(1);
            text.Should().Contain("bad.mtail AST:").And.Contain("bad.mtail:3:3: Identifier `d' not declared.");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
