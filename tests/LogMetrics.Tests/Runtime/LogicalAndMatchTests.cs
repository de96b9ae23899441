using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// <c>&amp;&amp;</c> and <c>||</c> short-circuit (observed through a division by zero on the right
/// that only fails when evaluated), and <c>=~</c>/<c>!~</c> with every kind of right-hand side.
/// Expected outcomes from mtail 3.0.0-rc50.
/// </summary>
public sealed class LogicalAndMatchTests
{
    public static TheoryData<string, string, string, long, long> ShortCircuits => new()
    {
        { "or with a true left side skips the right", "||", "1 0", 1, 0 },
        { "or with a false left side evaluates the right", "||", "0 0", 0, 1 },
        { "or with a false left side and a true right", "||", "0 1", 1, 0 },
        { "and with a false left side skips the right", "&&", "0 0", 0, 0 },
        { "and with a true left side evaluates the right", "&&", "1 0", 0, 1 },
        { "and with both sides true", "&&", "1 1", 1, 0 },
    };

    [Theory]
    [MemberData(nameof(ShortCircuits))]
    public void Logical_operators_short_circuit(string description, string op, string line, long matched, long errors)
    {
        var harness = ProgramHarness.Load($$"""
            counter c
            /^(?P<a>\d+) (?P<b>\d+)$/ {
              $a > 0 {{op}} 1 / $b > 0 {
                c++
              }
            }
            """).Feed(line);

        harness.Int("c").Should().Be(matched, description);
        harness.RuntimeErrors.Should().Be(errors, description);
    }

    // mtail's jumps act only on bools and ints: any other operand is true under && and false under ||.
    public static TheoryData<string, string, long> NonBooleanOperands => new()
    {
        { "a string right of ||", "1 == 0 || $s", 0 },
        { "a string left of ||", "$s || 1 == 0", 0 },
        { "a string right of &&", "1 == 1 && $s", 1 },
        { "a float left of &&", "$f && 1 == 1", 1 },
        { "a float left of ||", "$f || 1 == 0", 0 },
        { "a float right of ||", "1 == 0 || $f", 0 },
    };

    [Theory]
    [MemberData(nameof(NonBooleanOperands))]
    public void Non_boolean_operands_of_logical_operators_act_as_mtails_jumps_do(string description, string condition, long expected)
    {
        var harness = ProgramHarness.Load($$"""
            counter c
            /^(?P<f>\d+\.\d+) (?P<s>\S+)$/ {
              {{condition}} {
                c++
              }
            }
            """).Feed("1.5 x");

        harness.Int("c").Should().Be(expected, description);
    }

    const string StringGroup = @"(?P<v>\S+)";
    const string IntGroup = @"(?P<n>\d+)";

    public static TheoryData<string, string, string, bool> Matches => new()
    {
        { "regex literal matches", "$w =~ /^a/", "abc 1", true },
        { "regex literal does not match", "$w =~ /^a/", "zbb 1", false },
        { "negated regex literal", "$w !~ /^a/", "zbb 1", true },
        { "negated regex literal that matches", "$w !~ /^a/", "abc 1", false },
        { "named constant pattern", "$w =~ X", "zbb 1", true },
        { "named constant pattern that does not match", "$w =~ X", "x77 1", false },
        { "string literal is a pattern", "$w =~ \"^z\"", "zbb 1", true },
        { "string literal that does not match", "$w =~ \"^z\"", "abc 1", false },
        { "a non-constant right side compiles to the empty regex and always matches", "$w =~ $v", "abc 123", true },
        { "so its negation never matches", "$w !~ $v", "abc 123", false },
        { "an Int left side is matched as its decimal text", "$n =~ /^12/", "abc 123", true },
        { "an Int left side that does not match", "$n =~ /^2/", "abc 123", false },
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void Match_operators_accept_every_kind_of_pattern(string description, string condition, string line, bool expected)
    {
        // An unused constant is a compile error, so X is declared only where it is used.
        var constant = condition.Contains('X', StringComparison.Ordinal) ? "const X /b+/" : "";
        var harness = ProgramHarness.Load($$"""
            counter c
            {{constant}}
            /^(?P<w>\S+) {{(condition.Contains("$n", StringComparison.Ordinal) ? IntGroup : StringGroup)}}$/ {
              {{condition}} {
                c++
              }
            }
            """).Feed(line);

        harness.RuntimeErrors.Should().Be(0, description);
        harness.Int("c").Should().Be(expected ? 1 : 0, description);
    }

    [Fact]
    public void Captures_of_a_match_expression_are_visible_in_its_block()
    {
        var harness = ProgramHarness.Load("""
            counter c by n
            /^(?P<w>\S+)$/ {
              $w =~ /^(x)(\d+)/ {
                c[$2]++
              }
            }
            """);

        harness.Feed("x77", "y8", "x5");

        harness.Rows("c").Should().Equal("5=1", "77=1");
    }
}
