using LogMetrics.Language.Syntax;

namespace LogMetrics.Tests.Language.Parsing;

/// <summary>Precedence and associativity, read off the tree the parser builds for <c>x = EXPR</c> (before folding).</summary>
public sealed class ExpressionShapeTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "** shares * 's level and is left-associative", "2 ** 3 ** 2", "(Power (Power 2 3) 2)" },
        { "* and ** at one level", "2 * 3 ** 2", "(Power (Multiply 2 3) 2)" },
        { "* binds tighter than +", "1 + 2 * 3", "(Add 1 (Multiply 2 3))" },
        { "- is left-associative", "1 - 2 - 3", "(Subtract (Subtract 1 2) 3)" },
        { "a spaced minus before a negative literal", "0 - -1", "(Subtract 0 -1)" },
        { "+ binds tighter than <<", "1 << 2 + 3", "(ShiftLeft 1 (Add 2 3))" },
        { "<< binds tighter than <", "1 < 2 >> 1", "(Less 1 (ShiftRight 2 1))" },
        { "comparison binds tighter than &", "1 & 3 == 3", "(BitAnd 1 (Equal 3 3))" },
        { "& | ^ share a level", "1 | 2 & 3 ^ 4", "(Xor (BitAnd (BitOr 1 2) 3) 4)" },
        { "&& and || share a level", "x && y || x", "(Or (And x y) x)" },
        { "parentheses group and leave no node", "(1 + 2) * 3", "(Multiply (Add 1 2) 3)" },
        { "~ is prefix and nests", "~~1", "(Not (Not 1))" },
        { "postfix increments chain", "x++", "(Increment x)" },
        { "an index list", "m[1, \"a\"]", "m[1,\"a\"]" },
        { "index lists are concatenated", "m[1][\"a\"]", "m[1,\"a\"]" },
        { "a match against a regex", "$1 =~ /a\\/b/", "(Match $1 /a/b/)" },
        { "a non-match against a constant name", "$1 !~ X", "(NotMatch $1 X)" },
        { "a match inside a logical expression", "$1 =~ /a/ && x > 1", "(And (Match $1 /a/) (Greater x 1))" },
        { "builtins with arguments", "strptime($1, \"2006\")", "strptime($1,\"2006\")" },
        { "a builtin without arguments", "timestamp()", "timestamp()" },
        { "a pattern as an argument", "subst(/a+/, \"b\", $1)", "subst(/a+/,\"b\",$1)" },
        { "defined is a builtin only before a parenthesis", "defined($1)", "defined($1)" },
        { "floats keep their spelling", "1.50 + .5e1", "(Add 1.50 .5e1)" },
        { "an operator may end a line", "1 +\n  2", "(Add 1 2)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expression_parses_to_the_expected_tree(string description, string expression, string expected)
    {
        var (tree, errors) = FrontEnd.Parse($"x = {expression}\n");

        errors.Should().BeEmpty(description);
        var assignment = (BinarySyntax)((ExprStmtSyntax)tree.Statements.Single()).Expr;
        Sexp.Of(assignment.Right).Should().Be(expected, description);
    }

    [Fact]
    public void A_pattern_concatenation_with_constants_and_newlines_is_one_left_nested_pattern()
    {
        var (tree, errors) = FrontEnd.Parse("/^/ +\n  A +\n  /b/ + B {\n}\n");

        errors.Should().BeEmpty();
        var condition = ((CondSyntax)tree.Statements.Single()).Condition;
        Sexp.Of(condition).Should().Be("(ImplicitMatch (Concat (Concat (Concat /^/ A) /b/) B))");
    }

    [Fact]
    public void A_pattern_joined_to_an_expression_takes_the_whole_logical_expression_as_its_right_operand()
    {
        var (tree, errors) = FrontEnd.Parse("/(\\d+)/ && $1 > 1 || x {\n}\n");

        errors.Should().BeEmpty();
        Sexp.Of(((CondSyntax)tree.Statements.Single()).Condition).Should().Be("(And (ImplicitMatch /(\\d+)/) (Or (Greater $1 1) x))");
    }
}
