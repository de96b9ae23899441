using LogMetrics.Language.Compilation;
using LogMetrics.Language.Parsing;
using LogMetrics.Tests.Language.Parsing;

namespace LogMetrics.Tests.Language.Robustness;

/// <summary>
/// Input nested far deeper than any real program. mtail's LALR parser has no recursion, so it
/// reads such input and its checker stops at -max_recursion_depth; logmetrics's recursive-descent
/// parser instead stops with one syntax error once its stack runs short, and never overflows it.
/// Trees built by loops (operator chains) can be arbitrarily deep and reach the checker, which
/// reports the depth limit as mtail does.
/// </summary>
public sealed class DeepInputTests
{
    const int Deep = 100_000;

    public static TheoryData<string, string> NestedTooDeeply => new()
    {
        { "parentheses", "counter a\na = " + new string('(', Deep) + "1" + new string(')', Deep) + "\n" },
        { "blocks", "counter a\n" + string.Concat(Enumerable.Repeat("/x/ {\n", Deep)) + "a++\n" + string.Concat(Enumerable.Repeat("}\n", Deep)) },
        { "bitwise nots", "counter a\na = " + new string('~', Deep) + "1\n" },
        { "index lists", "counter a by k\na[" + string.Concat(Enumerable.Repeat("a[", Deep)) + "1" + new string(']', Deep + 1) + "++\n" },
    };

    [Theory]
    [MemberData(nameof(NestedTooDeeply))]
    public void Nesting_deeper_than_the_stack_is_one_syntax_error(string description, string program)
    {
        var diagnostics = FrontEnd.Compile(program).Diagnostics;

        // Whether the parser's stack guard or the checker's depth limit speaks first depends on the
        // stack frame sizes of the build (Debug or Release); either way it is one clear error.
        diagnostics.Should().ContainSingle(description).Which.Message.Should().BeOneOf(
            Parser.NestingTooDeep, "Expression exceeded maximum recursion depth of 100");
    }

    public static TheoryData<string, string, string> Chains => new()
    {
        { "a million-term sum", "counter a\na = " + string.Join("+", Enumerable.Repeat("a", 1_000_000)) + "\n", "t.mtail:2:5-1999807" },
        { "a sum in parentheses", "counter a\na = 1 + (" + string.Join("+", Enumerable.Repeat("a", 300_000)) + ")\n", "t.mtail:2:10-599814" },
        { "a chain of increments", "counter a\na = a" + string.Concat(Enumerable.Repeat("++", 300_000)) + "\n", "t.mtail:2:5-599809" },
        { "a condition of comparisons", "counter a\n/x/ && " + string.Join(" && ", Enumerable.Repeat("a > 1", 300_000)) + " {\n}\n", "t.mtail:2:8-2699130" },
        { "a constant concatenation", "const X /a/" + string.Concat(Enumerable.Repeat(" + /a/", 300_000)) + "\nX {\n}\n", "t.mtail:1:9-1799423" },
    };

    [Theory]
    [MemberData(nameof(Chains))]
    public void Operator_chains_of_any_length_stop_at_the_recursion_depth_limit(string description, string program, string at)
    {
        FrontEnd.Errors(program).Should().Be($"{at}: Expression exceeded maximum recursion depth of 100", description);
    }

    [Fact]
    public void A_recursion_limit_beyond_the_stack_is_enforced_by_the_stack()
    {
        var program = "counter a\na = " + string.Join("+", Enumerable.Repeat("a", 1_000_000)) + "\n";

        var diagnostics = FrontEnd.Compile(program, new CompilerOptions(MaxRecursionDepth: int.MaxValue)).Diagnostics;

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("Expression exceeded maximum recursion depth of 2147483647");
    }
}
