using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// <c>strtol(s, base)</c> is Go's <c>strconv.ParseInt(s, base, 64)</c>, after mtail's own base
/// check: no prefix detection (base 0 is rejected), and errors end the line leaving the datum at 0.
/// Values and messages from mtail 3.0.0-rc50.
/// </summary>
public sealed class StrtolTests
{
    public static TheoryData<string, string, long, long, string?> Cases => new()
    {
        { "hexadecimal", "ff", 16, 255, null },
        { "hexadecimal in capitals", "FF", 16, 255, null },
        { "octal", "077", 8, 63, null },
        { "negative binary", "-101", 2, -5, null },
        { "base 36", "zz", 36, 1295, null },
        { "base 36 reads 11 as 37", "11", 36, 37, null },
        { "a 0x prefix is not accepted", "0x1F", 16, 0, "strconv.ParseInt: parsing \"0x1F\": invalid syntax" },
        { "out of range", "9223372036854775808", 10, 0, "strconv.ParseInt: parsing \"9223372036854775808\": value out of range" },
        { "base 37 is Go's error", "12", 37, 0, "strconv.ParseInt: parsing \"12\": invalid base 37" },
        { "base 1 is Go's error", "11", 1, 0, "strconv.ParseInt: parsing \"11\": invalid base 1" },
        { "base 2^31-2 still reaches Go", "11", 2147483646, 0, "strconv.ParseInt: parsing \"11\": invalid base 2147483646" },
        { "base 0 does not detect prefixes: mtail rejects it", "0x1F", 0, 0, "int32 out of range" },
        { "base 0 with plain digits", "11", 0, 0, "int32 out of range" },
        { "a negative base", "11", -1, 0, "int32 out of range" },
        { "base 2^31-1", "11", 2147483647, 0, "int32 out of range" },
        { "base 2^31", "11", 2147483648, 0, "int32 out of range" },
        { "base -2^31", "11", -2147483648, 0, "int32 out of range" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strtol_parses_with_go_rules_and_mtails_base_check(string description, string text, long radix, long expected, string? error)
    {
        var harness = ProgramHarness.Load("""
            gauge n
            /^(?P<s>\S+) (?P<b>-?\d+)$/ {
              n = strtol($s, $b)
            }
            """).Feed($"{text} {radix}");

        harness.LastRuntimeError.Should().Be(error, description);
        harness.Int("n").Should().Be(expected, description);
    }

    [Fact]
    public void A_literal_base_0_is_rejected_too()
    {
        var harness = ProgramHarness.Load("""
            gauge n
            /^(?P<s>\S+)$/ {
              n = strtol($s, 0)
            }
            """).Feed("077");

        harness.LastRuntimeError.Should().Be("int32 out of range");
    }
}
