using LogMetrics.Language.Syntax;
using LogMetrics.Tests.Language.Parsing;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Language.Semantics;

/// <summary>
/// Front-end rules where mtail 3.0.0-rc50 does something a reader would not guess, kept because
/// programs' numbers depend on them: which comparisons are untyped, the constant folder's Int % Float,
/// duplicate group names, and what a decorated block sees of the decorator's groups.
/// </summary>
public sealed class MtailQuirkTests
{
    static bool IsUntyped(string condition)
    {
        var result = FrontEnd.Compile($$"""
            counter c
            /^(\S+) (\d+)$/ {
              {{condition}} {
                c++
              }
            }
            """);
        FrontEnd.Render(result.Diagnostics).Should().BeEmpty();
        var program = result.Program!;
        var comparison = Find(program.Root);
        return program.Model.IsUntypedComparison(comparison);

        static BinarySyntax Find(SyntaxNode node) => node switch
        {
            BlockSyntax b => b.Statements.Select(Find).First(n => n is not null),
            CondSyntax { Condition: BinarySyntax cmp } when cmp.Operator is BinaryOperator.Less or BinaryOperator.Equal or BinaryOperator.NotEqual => cmp,
            CondSyntax c => Find(c.Then),
            _ => null!,
        };
    }

    [Theory]
    [InlineData("tolower($1) < \"x\"", true)]
    [InlineData("getfilename() == \"x\"", true)]
    [InlineData("subst(\"a\", \"b\", $1) != \"x\"", true)]
    [InlineData("string($2) == \"x\"", true)]
    [InlineData("tolower($1) + \"z\" == \"x\"", true)]
    [InlineData("tolower($1) < $2", true)]
    [InlineData("\"x\" == tolower($1)", false)]
    [InlineData("$1 < \"x\"", false)]
    [InlineData("$1 + tolower($1) == \"x\"", false)]
    [InlineData("len($1) < $2", false)]
    [InlineData("strtol($1, 10) == 3", false)]
    [InlineData("$2 < 3", false)]
    public void Only_a_builtins_string_on_the_left_makes_a_comparison_untyped(string condition, bool untyped)
    {
        IsUntyped(condition).Should().Be(untyped, condition);
    }

    [Theory]
    [InlineData("7 % 2.5", 0.0)]
    [InlineData("7.5 % 2", 1.5)]
    [InlineData("7.5 % 2.5", 0.0)]
    [InlineData("-7.5 % 2", -1.5)]
    [InlineData("7 % 2", 1.0)]
    public void The_constant_folder_gives_mtails_modulo(string expression, double expected)
    {
        var h = ProgramHarness.Load($"gauge g\n/x/ {{\n  g = {expression}\n}}\n").Feed("x");

        var datum = h.Datum("g");
        var value = datum is LogMetrics.Metrics.IntDatum i ? i.Value : ((LogMetrics.Metrics.FloatDatum)datum!).Value;
        value.Should().Be(expected, expression);
    }

    [Fact]
    public void A_literal_modulo_by_a_float_zero_is_still_an_error()
    {
        FrontEnd.Errors("gauge g\ng = 7 % 0.0\n").Should().Contain("mod by zero");
    }

    [Theory]
    [InlineData(@"(\d+)", "Can't divide by zero.")]
    [InlineData(@"(\d+\.\d+)", "")]
    public void Only_an_integer_division_by_a_literal_zero_is_a_check_error(string group, string error)
    {
        var errors = FrontEnd.Errors($"gauge g\n/{group}/ {{\n  g = $1 / 0\n}}\n");

        if (error.Length == 0)
        {
            errors.Should().BeEmpty();
            ProgramHarness.Load($"gauge g\n/{group}/ {{\n  g = $1 / 0\n}}\n").Feed("2.5").Float("g").Should().Be(double.PositiveInfinity);
        }
        else
        {
            errors.Should().EndWith(error);
        }
    }

    [Fact]
    public void A_name_two_groups_share_binds_the_first()
    {
        var h = ProgramHarness.Load("""
            counter c by k
            /(?P<a>\w+) (?P<a>\d+)/ {
              c[$a]++
            }
            """).Feed("x 1", "y 2", "x 3");

        h.RuntimeErrors.Should().Be(0);
        h.Int("c", "x").Should().Be(2);
        h.Int("c", "y").Should().Be(1);
    }

    [Fact]
    public void A_decorated_block_sees_a_named_group_by_name_only()
    {
        const string Decorator = """
            counter c
            def d {
              /(?P<v>\d+) (\d+)/ {
                next
              }
            }

            """;

        FrontEnd.Errors(Decorator + "@d {\n  c += $1\n}\n").Should().Be(
            "t.mtail:8:8-9: Capture group `$1' was not defined by a regular expression visible to this scope.\n\tCheck that there are at least 1 pairs of parentheses.");
        FrontEnd.Errors(Decorator + "@d {\n  c += $v\n  c += $2\n}\n").Should().BeEmpty();
    }

    [Fact]
    public void Outside_a_decorator_a_named_group_is_also_known_by_number()
    {
        FrontEnd.Errors("counter c\n/(?P<v>\\d+)/ {\n  c += $1\n  c += $v\n}\n").Should().BeEmpty();
    }

    [Fact]
    public void A_pattern_condition_with_and_but_no_block_is_a_statement_with_no_effect()
    {
        // Found by the differential fuzzer; mtail rc50's message and position (the end of the line).
        FrontEnd.Errors("/x/ && 1 < 2\n").Should().Be(
            "t.mtail:2:13: syntax error: statement with no effect, missing an assignment, `+' concatenation, or `{}' block?");
    }
}
