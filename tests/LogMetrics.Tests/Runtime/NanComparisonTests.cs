using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// mtail compiles <c>a &lt;= b</c> as not(a &gt; b) and <c>a &gt;= b</c> as not(a &lt; b), so with a
/// NaN operand they are true, where IEEE says false; the other comparisons are IEEE's (checked
/// against mtail 3.0.0-rc50, case custom-nan-ordered-comparisons).
/// </summary>
public sealed class NanComparisonTests
{
    [Theory]
    [InlineData("<=", true)]
    [InlineData(">=", true)]
    [InlineData("<", false)]
    [InlineData(">", false)]
    [InlineData("==", false)]
    [InlineData("!=", true)]
    public void A_NaN_operand_gives_mtails_result(string op, bool expected)
    {
        var harness = ProgramHarness.Load($$"""
            counter left
            counter right
            /^x (\S+)$/ {
              float($1) {{op}} 1.0 {
                left++
              }
              1.0 {{op}} float($1) {
                right++
              }
            }
            """).Feed("x NaN");

        harness.RuntimeErrors.Should().Be(0);
        harness.Int("left").Should().Be(expected ? 1 : 0, $"NaN {op} 1.0");
        harness.Int("right").Should().Be(expected ? 1 : 0, $"1.0 {op} NaN");
    }

    [Fact]
    public void Ordinary_floats_compare_as_usual()
    {
        var harness = ProgramHarness.Load("""
            counter le
            counter ge
            /^x (\S+)$/ {
              float($1) <= 1.0 {
                le++
              }
              float($1) >= 1.0 {
                ge++
              }
            }
            """).Feed("x 0.5", "x 1", "x 2");

        harness.Int("le").Should().Be(2);
        harness.Int("ge").Should().Be(2);
    }
}
