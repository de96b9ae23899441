using System.Diagnostics;
using LogMetrics.Runtime.Execution;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// RE2 matches in linear time, so an mtail program with a pattern that makes a backtracking engine blow up
/// must not hang logmetrics (docs/reliability.md). Before the engine was chosen per pattern, the first case
/// ran for over a minute on three 41-char lines. The time bound is a hang guard, not a speed test.
/// </summary>
public sealed class CatastrophicRegexTests
{
    static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // pattern, hostile line (no match), matching line, expected rows after both lines
        { "/(a+)+$/", new string('a', 5000) + "!", "aaa", "aaa=1" },
        { "/(x+x+)+y/", new string('x', 5000), "xxy", "xx=1" },
        { "/^(.*),(.*),(.*)x$/", string.Concat(Enumerable.Repeat("a,", 2000)), "a,b,cx", "a=1" },
        { "/^(\\w+\\s?)*$/", new string('w', 3000) + "!", "ab", "ab=1" },
        { "/^(.*)a(.*)b(.*)c(.*)d$/", new string('a', 3000), "abcd", "=1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_catastrophic_pattern_on_a_hostile_line_neither_hangs_nor_changes_the_count(string pattern, string hostile, string matching, string row)
    {
        var harness = ProgramHarness.Load($"counter hits by first\n{pattern} {{\n  hits[$1]++\n}}\n");
        var stopwatch = Stopwatch.StartNew();

        harness.Feed(hostile, hostile, matching, hostile);

        stopwatch.Elapsed.Should().BeLessThan(HangGuard);
        harness.Rows("hits").Should().Equal(row);
        harness.RuntimeErrors.Should().Be(0);
    }

    [Fact]
    public void A_megabyte_line_is_matched_under_the_budget_then_linearly_whatever_the_pattern()
    {
        var harness = ProgramHarness.Load("counter hits\n/.*a.*b/ {\n  hits++\n}\n");
        var line = new string('a', 1 << 20);
        var stopwatch = Stopwatch.StartNew();

        harness.Feed(line, line + "b");

        stopwatch.Elapsed.Should().BeLessThan(HangGuard);
        harness.Int("hits").Should().Be(1);
    }

    [Fact]
    public void The_engine_chosen_for_each_pattern_is_shown_in_the_bytecode_dump()
    {
        var harness = ProgramHarness.Load("counter a\ncounter b\ncounter c\n/(a+)+$/ {\n  a++\n}\n/.*x.*y/ {\n  b++\n}\n/^(\\S+) /{\n  c++\n}\n");

        harness.Program.Description.Should().Contain("linear (exponential backtracking risk)")
            .And.Contain($"compiled, linear after {LineRegex.Budget.TotalMilliseconds} ms")
            .And.Contain("; compiled)");
    }

    [Fact]
    public void A_risky_pattern_with_a_word_boundary_stays_compiled_and_a_timeout_is_a_runtime_error_not_a_crash()
    {
        var harness = ProgramHarness.Load("counter hits\n/\\b(a|aa)+c/ {\n  hits++\n}\n");
        var stopwatch = Stopwatch.StartNew();

        harness.Feed(new string('a', 60), "aac");

        stopwatch.Elapsed.Should().BeLessThan(HangGuard);
        harness.Int("hits").Should().Be(1);
        harness.RuntimeErrors.Should().Be(1);
        harness.LastRuntimeError.Should().Contain("gave up after 100 ms");
    }
}
