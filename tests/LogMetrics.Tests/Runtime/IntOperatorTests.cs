using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// Int operators on values read from capture groups (so nothing is folded at compile time), with
/// Go's int64 semantics. Every expected value and error text was taken from mtail 3.0.0-rc50.
/// </summary>
public sealed class IntOperatorTests
{
    // The operands come from the line, as Int captures; the result is stored in an Int gauge.
    static ProgramHarness Run(string op, long a, long b) =>
        ProgramHarness.Load($$"""
            gauge r
            /^(?P<a>-?\d+) (?P<b>-?\d+)$/ {
              r = $a {{op}} $b
            }
            """).Feed($"{a} {b}");

    public static TheoryData<string, string, long, long, long> Results => new()
    {
        { "addition", "+", 7, 5, 12 },
        { "addition wraps at the maximum", "+", long.MaxValue, 1, long.MinValue },
        { "subtraction wraps at the minimum", "-", long.MinValue, 1, long.MaxValue },
        { "subtraction of a negative", "-", 3, -4, 7 },
        { "multiplication wraps", "*", 3037000500, 3037000500, -9223372036709301616 },
        { "multiplication by a negative", "*", -4, 5, -20 },
        { "division truncates toward zero (negative dividend)", "/", -7, 2, -3 },
        { "division truncates toward zero (negative divisor)", "/", 7, -2, -3 },
        { "minimum divided by -1 wraps to the minimum", "/", long.MinValue, -1, long.MinValue },
        { "modulo takes the dividend's sign (negative dividend)", "%", -7, 3, -1 },
        { "modulo takes the dividend's sign (negative divisor)", "%", 7, -3, 1 },
        { "minimum modulo -1 is 0", "%", long.MinValue, -1, 0 },
        { "power", "**", 2, 10, 1024 },
        { "power of a negative base", "**", -2, 3, -8 },
        { "power with a negative exponent truncates to 0", "**", 2, -1, 0 },
        { "-1 to the power -1", "**", -1, -1, -1 },
        { "0 to the power 0", "**", 0, 0, 1 },
        { "0 to a negative power is +Inf, converted as amd64 does", "**", 0, -1, long.MinValue },
        { "power past int64 converts as amd64 does", "**", 2, 63, long.MinValue },
        { "power far past int64", "**", 3, 40, long.MinValue },
        { "power below int64", "**", -2, 63, long.MinValue },
        { "bitwise and", "&", 12, 10, 8 },
        { "bitwise and with -1", "&", -1, 5, 5 },
        { "bitwise or", "|", 12, 10, 14 },
        { "bitwise xor", "^", 12, 10, 6 },
        { "xor of -1", "^", -1, 0, -1 },
        { "shift left", "<<", 1, 62, 4611686018427387904 },
        { "shift left into the sign bit", "<<", 1, 63, long.MinValue },
        { "shift left by 64 gives 0", "<<", 1, 64, 0 },
        { "arithmetic shift right keeps the sign", ">>", -8, 1, -4 },
        { "shift right of a negative by 100 gives -1", ">>", -8, 100, -1 },
        { "shift right of a positive by 100 gives 0", ">>", 8, 100, 0 },
        { "shift right of the maximum", ">>", long.MaxValue, 62, 1 },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Int_operators_follow_go_int64_semantics(string description, string op, long a, long b, long expected)
    {
        var harness = Run(op, a, b);

        harness.LastRuntimeError.Should().BeNull(description);
        harness.Int("r").Should().Be(expected, description);
    }

    public static TheoryData<string, string, long, long, string> Errors => new()
    {
        { "division by zero", "/", 1, 0, "Divide by zero 1 % 0" },
        { "modulo by zero", "%", 10, 0, "Divide by zero 10 % 0" },
        { "negative shift count", "<<", 3, -1, "shift int out of range" },
        { "shift count of 2^31", "<<", 1, 2147483648, "shift int out of range" },
        { "negative right shift count", ">>", 3, -1, "shift int out of range" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Int_operator_errors_end_the_line_and_keep_the_datum_at_0(string description, string op, long a, long b, string message)
    {
        var harness = Run(op, a, b);

        harness.RuntimeErrors.Should().Be(1, description);
        harness.LastRuntimeError.Should().Be(message, description);
        // The gauge's datum is created when the assignment's target is loaded, before the failure.
        harness.Int("r").Should().Be(0, description);
    }

    [Fact]
    public void A_division_by_zero_keeps_the_effects_before_it_and_skips_those_after_it()
    {
        var harness = ProgramHarness.Load("""
            counter before
            counter later
            gauge q
            /^(?P<a>\d+) (?P<b>\d+)$/ {
              before++
              q = $a / $b
              later++
            }
            """);

        harness.Feed("6 3", "1 0", "8 2");

        harness.Int("before").Should().Be(3);
        harness.Int("later").Should().Be(2);
        harness.Int("q").Should().Be(4);
        harness.RuntimeErrors.Should().Be(1);
    }

    [Fact]
    public void Bitwise_not_inverts_every_bit()
    {
        // `~` is typed Bool by mtail's checker, so it is only usable in a condition: ~0 is true, ~-1 false.
        var harness = ProgramHarness.Load("""
            counter yes by n
            /^(?P<n>-?\d+)$/ {
              ~$n {
                yes[$n]++
              }
            }
            """);

        harness.Feed("0", "-1", "5");

        harness.Rows("yes").Should().Equal("0=1", "5=1");
    }
}
