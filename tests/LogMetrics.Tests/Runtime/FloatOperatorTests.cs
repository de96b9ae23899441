using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// Float and mixed Int/Float operators, with Go's float64 semantics: division by zero gives
/// ±Inf or NaN without an error, <c>%</c> is <c>math.Mod</c>, an Int operand is promoted. Values
/// are compared in Go's <c>%g</c> form, as mtail 3.0.0-rc50 printed them (with the Float keys).
/// </summary>
public sealed class FloatOperatorTests
{
    const string FloatOperands = @"(?P<a>-?\d+\.\d+) (?P<b>-?\d+\.\d+)";
    const string IntAndFloatOperands = @"(?P<a>-?\d+) (?P<b>-?\d+\.\d+)";

    public static TheoryData<string, string, string, string, string> Results => new()
    {
        { "addition rounds as float64", "+", FloatOperands, "0.1 0.2", "0.1,0.2=0.30000000000000004" },
        { "subtraction", "-", FloatOperands, "1.5 2.25", "1.5,2.25=-0.75" },
        { "multiplication; the key 2.0 prints as 2", "*", FloatOperands, "1.5 -2.0", "1.5,-2=-3" },
        { "division", "/", FloatOperands, "1.0 3.0", "1,3=0.3333333333333333" },
        { "division by zero is +Inf", "/", FloatOperands, "1.0 0.0", "1,0=+Inf" },
        { "negative division by zero is -Inf", "/", FloatOperands, "-1.0 0.0", "-1,0=-Inf" },
        { "zero divided by zero is NaN", "/", FloatOperands, "0.0 0.0", "0,0=NaN" },
        { "modulo is math.Mod", "%", FloatOperands, "7.5 2.0", "7.5,2=1.5" },
        { "modulo keeps the dividend's sign", "%", FloatOperands, "-7.5 2.0", "-7.5,2=-1.5" },
        { "modulo by zero is NaN", "%", FloatOperands, "1.0 0.0", "1,0=NaN" },
        { "fractional power", "**", FloatOperands, "2.0 0.5", "2,0.5=1.4142135623730951" },
        { "negative power", "**", FloatOperands, "2.0 -1.0", "2,-1=0.5" },
        { "large power prints with an exponent", "**", FloatOperands, "10.0 21.0", "10,21=1e+21" },
        { "Int plus Float is a Float", "+", IntAndFloatOperands, "1 0.5", "1,0.5=1.5" },
        { "Int divided by Float does not truncate", "/", IntAndFloatOperands, "7 2.0", "7,2=3.5" },
        { "Int modulo Float is math.Mod", "%", IntAndFloatOperands, "7 2.5", "7,2.5=2" },
        { "Int power Float", "**", IntAndFloatOperands, "2 0.5", "2,0.5=1.4142135623730951" },
        { "Int times Float", "*", IntAndFloatOperands, "3 1.5", "3,1.5=4.5" },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Float_operators_follow_go_float64_semantics(string description, string op, string operands, string line, string row)
    {
        var harness = ProgramHarness.Load($$"""
            gauge r by a, b
            /^{{operands}}$/ {
              r[$a, $b] = $a {{op}} $b
            }
            """).Feed(line);

        harness.RuntimeErrors.Should().Be(0, description);
        harness.Rows("r").Should().Equal([row], description);
    }

    [Fact]
    public void A_float_division_by_zero_does_not_end_the_line()
    {
        var harness = ProgramHarness.Load("""
            gauge r
            counter done
            /^(?P<a>\d+\.\d+)$/ {
              r = $a / 0.0
              done++
            }
            """);

        harness.Feed("2.5");

        harness.Float("r").Should().Be(double.PositiveInfinity);
        harness.Int("done").Should().Be(1);
        harness.RuntimeErrors.Should().Be(0);
    }
}
