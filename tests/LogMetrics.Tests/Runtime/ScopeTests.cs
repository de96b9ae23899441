using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>Decorators and capture-group scopes, checked against mtail 3.0.0-rc50.</summary>
public sealed class ScopeTests
{
    const string Decorators = """
        counter c by k, a
        def outer {
          /^(?P<date>\d+) (?P<rest>.*)$/ {
            c["before", $date]++
            next
            c["after", $date]++
          }
        }
        def inner {
          /(?P<word>[a-z]+)$/ {
            next
          }
        }
        @outer {
          c["body", $rest]++
        }
        @outer {
          @inner {
            c["nested", $date + "/" + $word]++
          }
        }
        """;

    [Fact]
    public void A_decorator_runs_its_body_at_next_with_its_captures_visible()
    {
        var harness = ProgramHarness.Load(Decorators);

        harness.Feed("12 hello world", "34 x9", "nodate");

        harness.Rows("c").Should().Equal(
            "after,12=2", "after,34=2", "before,12=2", "before,34=2", "body,hello world=1", "body,x9=1", "nested,12/world=1");
    }

    [Fact]
    public void An_inner_regex_shadows_the_outer_groups_of_the_same_name()
    {
        var harness = ProgramHarness.Load("""
            counter c by k, a
            /^(?P<x>\w+) (?P<y>\w+)/ {
              /^(?P<x>\d)(\d)/ {
                c["inner", $x + $2]++
              }
              c["outer", $x + $y]++
            }
            """);

        harness.Feed("12 hello", "ab cd");

        harness.Rows("c").Should().Equal("inner,12=1", "outer,12hello=1", "outer,abcd=1");
    }

    [Fact]
    public void A_capture_used_in_the_else_branch_is_a_runtime_error()
    {
        var harness = ProgramHarness.Load("""
            counter c by k
            /^e(?P<n>\d+)$/ {
              c["then " + $n]++
            } else {
              c["else " + $n]++
            }
            """);

        harness.Feed("e5", "x", "e6");

        harness.Rows("c").Should().Equal("then 5=1", "then 6=1");
        harness.RuntimeErrors.Should().Be(1);
        harness.LastRuntimeError.Should().Be("Not enough capture groups matched from [] to select 1th");
    }

    [Fact]
    public void A_match_expression_against_a_capture_sets_its_own_groups()
    {
        var harness = ProgramHarness.Load("""
            counter c by k
            /^(?P<w>\S+) (?P<v>\S+)$/ {
              $v =~ /^(\d+)-(\d+)$/ {
                c[$w + ":" + $1 + ".." + $2]++
              }
            }
            """);

        harness.Feed("a 1-2", "b x-y", "c 30-40");

        harness.Rows("c").Should().Equal("a:1..2=1", "c:30..40=1");
    }
}
