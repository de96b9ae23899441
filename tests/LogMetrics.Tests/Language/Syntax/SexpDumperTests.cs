using LogMetrics.Language.Compilation;
using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Syntax;

/// <summary>The -dump_ast and -dump_ast_types texts of small programs.</summary>
public sealed class SexpDumperTests
{
    const string Program = """
        counter lines_total by status
        /^(?P<status>\d+) / {
          lines_total[$status]++
        }

        """;

    [Fact]
    public void Ast_dump_shows_kind_attributes_position_and_children()
    {
        var tree = SyntaxTestSupport.ParseClean(Program, "d.mtail");

        SexpDumper.Dump(tree, "d.mtail").Should().Be("""
            (Block @ d.mtail:1:9-19
              (Decl counter lines_total by status @ d.mtail:1:9-19)
              (Cond @ d.mtail:2:1-21
                (Unary match @ d.mtail:2:1-21
                  (Pattern @ d.mtail:2:1-19
                    (Regex /^(?P<status>\d+) / @ d.mtail:2:1-19)))
                (Block @ d.mtail:3:3-24
                  (ExprStmt @ d.mtail:3:3-24
                    (Unary ++ @ d.mtail:3:3-24
                      (Indexed @ d.mtail:3:3-21
                        (Id lines_total @ d.mtail:3:3-13)
                        (Capref $status @ d.mtail:3:15-21)))))))
            """ + "\n");
    }

    [Fact]
    public void Typed_dump_adds_types_and_resolved_symbols()
    {
        var result = MtailCompiler.Compile(SourceText.From("d.mtail", Program));
        result.Diagnostics.Should().BeEmpty();

        TypedDumper.Dump(result.Program!).Should().Be("""
            (Block @ d.mtail:1:9-19
              (Decl counter lines_total by status <Int⨯Int> @ d.mtail:1:9-19)
              (Cond @ d.mtail:2:1-21
                (Unary match <Bool> @ d.mtail:2:1-21
                  (Pattern <Pattern> @ d.mtail:2:1-19
                    (Regex /^(?P<status>\d+) / @ d.mtail:2:1-19)))
                (Block @ d.mtail:3:3-24
                  (ExprStmt @ d.mtail:3:3-24
                    (Unary ++ <Int> @ d.mtail:3:3-24
                      (Indexed <Int> @ d.mtail:3:3-21
                        (Id lines_total @ d.mtail:3:3-13 -> metric lines_total declared at d.mtail:1:9-19)
                        (Capref $status <Int> @ d.mtail:3:15-21 -> capture group 1 declared at d.mtail:2:1-19)))))))
            """ + "\n");
    }

    [Fact]
    public void Dump_without_a_file_leaves_positions_out()
    {
        var tree = SyntaxTestSupport.ParseClean("a = 1.50 - -2\ndel m[\"k\"] after 1h\n");

        SexpDumper.Dump(tree, null).Should().Be("""
            (Block
              (ExprStmt
                (Binary =
                  (Indexed
                    (Id a))
                  (Binary -
                    (Float 1.50)
                    (Int -2))))
              (Del after 1h
                (Indexed
                  (Id m)
                  (String "k"))))
            """ + "\n");
    }

    [Fact]
    public void Dump_spells_every_statement_kind()
    {
        var tree = SyntaxTestSupport.ParseClean("""
            log_filter "a.log"
            hidden histogram h by "k-1", x as "hh" buckets 0.5, 1e6 limit 3
            const C /c\/d/ + /e/
            def d {
              next
            }
            @d {
              C && $0 != "" {
                h[len($0), 1] = 2
              } else {
                stop
              }
            }
            otherwise {
            }

            """);

        SexpDumper.Dump(tree, null).Should().Be("""
            (Block
              (LogFilter "a.log")
              (Decl hidden histogram h by "k-1", x as "hh" buckets 0.5, 1e+06 limit 3)
              (Const
                (Id C)
                (Concat
                  (Regex /c\/d/)
                  (Regex /e/)))
              (Def d
                (Block
                  (Next)))
              (Decorated d
                (Block
                  (Cond
                    (Binary &&
                      (Indexed
                        (Id C))
                      (Binary !=
                        (Capref $0)
                        (String "")))
                    (Block
                      (ExprStmt
                        (Binary =
                          (Indexed
                            (Id h)
                            (Call len
                              (Capref $0))
                            (Int 1))
                          (Int 2))))
                    (Block
                      (Stop)))))
              (Otherwise
                (Block)))
            """ + "\n");
    }
}
