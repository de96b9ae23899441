using LogMetrics.Language.Compilation;
using LogMetrics.Tests.Language.Parsing;

namespace LogMetrics.Tests.Language.Semantics;

/// <summary>
/// -max_recursion_depth counts the levels of mtail's tree walk: a statement list, a condition, an
/// index or argument list (an empty index list too), each expression node, and each literal and
/// concatenation inside a pattern, but no level for an expression statement. The node that crosses
/// the limit is reported (an empty list at mtail's no-position `:0:0`), and nothing after it. Every
/// expected text here is mtail rc50's.
/// </summary>
public sealed class RecursionDepthTests
{
    static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    static string Sum(string term, int n) => string.Join(" + ", Enumerable.Repeat(term, n));

    public static TheoryData<string, string, string> Cases => new()
    {
        { "nested blocks: the first pattern too deep", "counter a\n" + Repeat("/x/ {\n", 200) + "a++\n" + Repeat("}\n", 200), "t.mtail:50:1-3" },
        { "a long sum in a block", "counter a\n/(\\d+)/ {\n a = " + Sum("$1", 200) + "\n}\n", "t.mtail:3:6-522" },
        { "a long constant concatenation", "const X /a/ " + Repeat(" + /a/", 200) + "\nX {\n}\n", "t.mtail:1:9-624" },
        { "bitwise nots: the operator's position is the next token", "counter a\na = " + new string('~', 200) + "1\n", "t.mtail:3:206" },
        { "a sum whose deepest name's empty index list is too deep", "counter a\na = " + Sum("a", 98) + "\n", ":0:0" },
        { "a sum whose deepest name is too deep", "counter a\na = " + Sum("a", 99) + "\n", "t.mtail:2:5" },
        { "a sum whose deepest addition is too deep", "counter a\na = " + Sum("a", 100) + "\n", "t.mtail:2:5-9" },
        { "an index list too deep", "counter x\ncounter m by a, b\nx = " + Sum("m[1, 2]", 98) + "\n", "t.mtail:3:7-10" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_node_past_the_limit_is_reported_alone(string description, string program, string at)
    {
        FrontEnd.Errors(program).Should().Be($"{at}: Expression exceeded maximum recursion depth of 100", description);
    }

    [Fact]
    public void The_limit_is_an_option_and_zero_means_the_default()
    {
        const string program = "counter a\n/(\\d+)/ {\n  a = $1 + $1\n}\n";

        // Program 1, condition 2, implicit match 3, pattern 4, regex literal 5.
        FrontEnd.Errors(program, new CompilerOptions(MaxRecursionDepth: 4)).Should().Be("t.mtail:2:1-7: Expression exceeded maximum recursion depth of 4");
        FrontEnd.Errors(program, new CompilerOptions(MaxRecursionDepth: 0)).Should().BeEmpty();
    }

    [Fact]
    public void Errors_found_before_the_limit_is_crossed_are_kept()
    {
        FrontEnd.Errors("x++\ncounter a\na = " + Sum("a", 100) + "\n").Should().Be(
            "t.mtail:1:1: Identifier `x' not declared.\n\tTry adding `counter x' to the top of the program.\n"
            + "t.mtail:3:5-9: Expression exceeded maximum recursion depth of 100");
    }
}
