using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// Conditions, <c>else</c>, <c>otherwise</c> and <c>stop</c>, with mtail's matched flag: a
/// then-block (an otherwise's included) sets it, an else-block does not, and <c>otherwise</c>
/// runs when it is clear. Outcomes checked against mtail 3.0.0-rc50.
/// </summary>
public sealed class ConditionTests
{
    [Fact]
    public void Else_runs_when_the_condition_is_false()
    {
        var harness = ProgramHarness.Load("""
            counter c by k
            /^(?P<w>\w+)$/ {
              $w == "a" {
                c["then"]++
              } else {
                c["else"]++
              }
            }
            """);

        harness.Feed("a", "b", "c");

        harness.Rows("c").Should().Equal("else=2", "then=1");
    }

    [Fact]
    public void An_else_branch_does_not_count_as_matched()
    {
        var harness = ProgramHarness.Load("""
            counter c by k
            /^b$/ {
              /a/ {
                c["never"]++
              } else {
                c["else"]++
              }
              otherwise {
                c["otherwise"]++
              }
            }
            """);

        harness.Feed("b");

        harness.Rows("c").Should().Equal("else=1", "otherwise=1");
    }

    [Fact]
    public void A_non_regex_condition_counts_and_an_otherwise_block_counts_too()
    {
        var harness = ProgramHarness.Load("""
            counter c by k
            /^(?P<a>\w+)/ {
              /zzz/ {
                c["never"]++
              }
              otherwise {
                c["first otherwise"]++
              }
              otherwise {
                c["second otherwise"]++
              }
              $a == "bb" {
                c["comparison"]++
              }
              otherwise {
                c["third otherwise"]++
              }
            }
            """);

        harness.Feed("aa", "bb");

        harness.Rows("c").Should().Equal("comparison=1", "first otherwise=2");
    }

    [Fact]
    public void An_otherwise_first_in_its_block_always_runs()
    {
        var harness = ProgramHarness.Load("""
            counter c
            /^q/ {
              otherwise {
                c++
              }
            }
            """);

        harness.Feed("q1", "q2", "x");

        harness.Int("c").Should().Be(2);
    }

    [Fact]
    public void Stop_ends_the_line_for_the_program_and_keeps_what_was_done()
    {
        var harness = ProgramHarness.Load("""
            counter c by k
            /^q/ {
              c["before"]++
              /^qq/ {
                stop
              }
              c["after"]++
            }
            /^q/ {
              c["next block"]++
            }
            """);

        harness.Feed("qq", "qz");

        harness.Rows("c").Should().Equal("after=1", "before=2", "next block=1");
        harness.RuntimeErrors.Should().Be(0);
    }

    [Fact]
    public void Defined_is_true_for_a_participating_group_and_sets_the_matched_flag()
    {
        // defined() is a later mtail's builtin (rc50 does not parse it); like a match, it sets the
        // matched flag, so the otherwise runs only when the group did not participate.
        var harness = ProgramHarness.Load("""
            counter c by k
            /^(?P<a>\w+)( (?P<b>\d+))?$/ {
              defined($b) {
                c["defined " + $a]++
              }
              otherwise {
                c["otherwise " + $a]++
              }
            }
            """);

        harness.Feed("x 5", "y");

        harness.Rows("c").Should().Equal("defined x=1", "otherwise y=1");
    }
}
