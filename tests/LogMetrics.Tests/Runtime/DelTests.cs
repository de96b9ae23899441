using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary><c>del</c> and <c>del … after</c>, checked against mtail 3.0.0-rc50.</summary>
public sealed class DelTests
{
    const string Program = """
        gauge g by k, j
        counter c
        /^(?P<op>\w+) (?P<k>\w+)$/ {
          $op == "set" {
            g[$k, "x"] = 1
          }
          $op == "del" {
            del g[$k, "x"]
          }
          $op == "exp" {
            del g[$k, "x"] after 2h
          }
          c++
        }
        """;

    [Fact]
    public void Del_removes_a_label_set_and_a_missing_one_is_no_error()
    {
        var harness = ProgramHarness.Load(Program);

        harness.Feed("set a", "set b", "del a", "del zz");

        harness.Rows("g").Should().Equal("b,x=1");
        harness.Int("c").Should().Be(4);
        harness.RuntimeErrors.Should().Be(0);
    }

    [Fact]
    public void Del_after_sets_the_expiry_of_an_existing_label_set()
    {
        var harness = ProgramHarness.Load(Program);

        harness.Feed("set b", "exp b");

        harness.Datum("g", "b", "x")!.ExpiryNanos.Should().Be(7_200_000_000_000);
        harness.Rows("g").Should().Equal("b,x=1");
    }

    [Fact]
    public void Del_after_on_a_missing_label_set_is_a_runtime_error()
    {
        var harness = ProgramHarness.Load(Program);

        harness.Feed("exp zz", "set c");

        harness.LastRuntimeError.Should().Be("No datum for given labelvalues [\"zz\" \"x\"]");
        harness.Int("c").Should().Be(1);
        harness.Rows("g").Should().Equal("c,x=1");
    }

    [Fact]
    public void A_deleted_label_set_starts_again_from_zero()
    {
        var harness = ProgramHarness.Load("""
            counter c by k
            /^(?P<op>\w+) (?P<k>\w+)$/ {
              $op == "inc" {
                c[$k]++
              }
              $op == "del" {
                del c[$k]
              }
            }
            """);

        harness.Feed("inc a", "inc a", "del a", "inc a");

        harness.Rows("c").Should().Equal("a=1");
    }
}
