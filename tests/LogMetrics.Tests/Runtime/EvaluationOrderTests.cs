using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// Where in an expression a line fails decides which metrics exist afterwards (a metric read creates
/// its datum). mtail fails a checker-inserted conversion as soon as its operand is pushed, but a
/// bitwise instruction only after both operands are. Found by the differential fuzzer; expected
/// from mtail 3.0.0-rc50.
/// </summary>
public sealed class EvaluationOrderTests
{
    [Fact]
    public void A_bitwise_operator_on_a_float_fails_after_reading_its_right_operand()
    {
        var h = ProgramHarness.Load("""
            gauge g
            counter c
            /^job (-?\d+\.\d+)$/ {
              c = 1.0 * $1 + 1 | g
            }
            """).Feed("job 0.25");

        h.RuntimeErrors.Should().Be(1);
        h.Datum("g").Should().NotBeNull("g was read before the | failed");
    }

    [Fact]
    public void A_failed_conversion_on_the_left_stops_before_the_right_is_read()
    {
        var h = ProgramHarness.Load("""
            gauge g
            counter c
            /^job (\S+)$/ {
              c = int($1) + g
            }
            """).Feed("job abc");

        h.RuntimeErrors.Should().Be(1);
        h.Datum("g").Should().BeNull();
    }

    [Fact]
    public void An_int_metric_compared_with_a_builtins_string_is_converted_first_and_compared_as_text()
    {
        var h = ProgramHarness.Load("""
            hidden gauge n
            counter yes
            /x/ {
              n = 1
              n >= tolower("1.0") {
                yes++
              }
            }
            """).Feed("x");

        // "1" >= "1.0" is false as text; as numbers it would be true.
        h.RuntimeErrors.Should().Be(0);
        h.Int("yes").Should().Be(0);
    }
}
