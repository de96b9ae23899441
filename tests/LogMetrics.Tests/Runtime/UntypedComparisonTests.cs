using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// mtail picks its typed comparison only when the left operand has the shared String, Int or Float
/// type; a builtin's result (and a <c>+</c> chain that starts with one) has a copy of its own, so the
/// untyped comparison runs: a left string that parses as a Go float is a number, the right must then
/// parse too (or the line fails: "cannot compare …"), and any other left string compares as text.
/// Expected outcomes from mtail 3.0.0-rc50 (cases custom-generic-cmp-* of the shared corpus).
/// </summary>
public sealed class UntypedComparisonTests
{
    public static TheoryData<string, string, string, bool, bool> Cases => new()
    {
        // description, condition (over $1 and $2 of /^(\S+) (\S+)$/), line, expected, fails the line
        { "number-like strings after tolower compare as numbers", "tolower($1) < $2", "10 9", false, false },
        { "the same strings from captures compare as text", "$1 < $2", "10 9", true, false },
        { "1.0 equals 1 as numbers", "tolower($1) == $2", "1.0 1", true, false },
        { "exponent notation is a number", "tolower($1) < $2", "1e1 100", true, false },
        { "a non-number left compares as text", "tolower($1) < $2", "ab cd", true, false },
        { "a non-number left with a number right compares as text", "tolower($1) < $2", "ab 3", false, false },
        { "a number left with a non-number right fails the line", "tolower($1) < $2", "5 b", false, true },
        { "!= with a number left and a word right fails too", "tolower($1) != $2", "12 y", false, true },
        { "string() of a capture is a builtin result", "string($1) == $2", "7.0 7", true, false },
        { "subst() is a builtin result", "subst(\"-\", \"\", $1) == $2", "1-0 10.0", true, false },
        { "a chain starting with a builtin is untyped", "tolower($1) + \"0\" == $2", "1 10.0", true, false },
        { "a chain starting with a capture is typed", "$1 + tolower(\"0\") == $2", "1 10.0", false, false },
        { "a literal on the left is typed", "\"10\" < tolower($2)", "x 9", true, false },
        { "an Int literal on the right converts to text, then parses", "tolower($1) < 5", "10 x", false, false },
        { "NaN parses: <= is not(>)", "tolower($1) <= $2", "NaN 1", true, false },
        { "NaN parses: < is false", "tolower($1) < $2", "NaN 1", false, false },
        // Go's ParseFloat decides what is a number (each checked against mtail rc50).
        { "out of range is not a number: text", "tolower($1) < $2", "1e400 5", true, false },
        { "hex floats parse", "tolower($1) < $2", "0x1p-2 1", true, false },
        { "underscores between digits parse as a number", "tolower($1) < $2", "1_000 5", false, false },
        { "a hex integer without p is text", "tolower($1) < $2", "0x10 17", true, false },
        { "Inf is a number", "tolower($1) < $2", "+Inf 5", false, false },
        { "leading zeros are a number", "tolower($1) < $2", "00012 13", true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builtin_results_on_the_left_compare_untyped(string description, string condition, string line, bool expected, bool fails)
    {
        var harness = ProgramHarness.Load($$"""
            counter yes
            counter rest
            /^(\S+) (\S+)$/ {
              {{condition}} {
                yes++
              }
              rest++
            }
            """).Feed(line);

        harness.Int("yes").Should().Be(expected ? 1 : 0, description);
        harness.RuntimeErrors.Should().Be(fails ? 1 : 0, description);
        harness.Int("rest").Should().Be(fails ? 0 : 1, "a failed comparison ends the line: " + description);
    }

    [Fact]
    public void The_runtime_error_names_both_values_as_mtail_does()
    {
        var harness = ProgramHarness.Load("""
            counter yes
            /^(\S+)$/ {
              tolower($1) != "y" {
                yes++
              }
            }
            """).Feed("1e3");

        harness.LastRuntimeError.Should().Contain("cannot compare float64 %!q(float64=1000) with string \"y\"");
    }

    [Fact]
    public void Getfilename_on_the_left_is_untyped()
    {
        var harness = ProgramHarness.Load("""
            counter yes
            /x/ {
              getfilename() < "9" {
                yes++
              }
            }
            """).FeedFrom("10", "x");

        harness.Int("yes").Should().Be(0, "\"10\" < \"9\" is false as numbers, true as text");
    }

    [Theory]
    [InlineData("gauge g", "g", 0)]
    [InlineData("gauge g by k", "g[$1]", 0)]
    [InlineData("text g", "g", 2)]
    [InlineData("gauge g", "g + \"\"", 2)]
    public void A_metric_read_on_the_left_is_untyped_unless_it_is_text(string declaration, string read, long expected)
    {
        // Found by the differential fuzzer: a metric's value type is inferred, and mtail's comparison
        // sees its type variable, not the shared String ("10" < "9" is then false, as numbers).
        var target = read.StartsWith("g[", StringComparison.Ordinal) ? "g[$1]" : "g";
        var h = ProgramHarness.Load($$"""
            {{declaration}}
            counter yes
            /^a (\S+) (\S+)$/ {
              {{target}} = $1
              {{read}} < $2 {
                yes++
              }
            }
            """).Feed("a 10 9", "a 10 9");

        h.RuntimeErrors.Should().Be(0);
        h.Int("yes").Should().Be(expected);
    }
}
