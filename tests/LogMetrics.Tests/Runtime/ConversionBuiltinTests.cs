using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// <c>int</c>, <c>float</c> and <c>string</c>: Go's strconv rules, failures end the line with
/// strconv's message (no "conversion of" prefix: these are conversion instructions, not setters).
/// Values and messages from mtail 3.0.0-rc50.
/// </summary>
public sealed class ConversionBuiltinTests
{
    public static TheoryData<string, string, long, string?> Ints => new()
    {
        { "decimal", "42", 42, null },
        { "negative zero", "-0", 0, null },
        { "a plus sign", "+7", 7, null },
        { "an exponent is not an integer", "1e3", 0, "strconv.ParseInt: parsing \"1e3\": invalid syntax" },
        { "trailing letters", "12abc", 0, "strconv.ParseInt: parsing \"12abc\": invalid syntax" },
        { "no prefixes", "0x10", 0, "strconv.ParseInt: parsing \"0x10\": invalid syntax" },
        { "out of range", "99999999999999999999", 0, "strconv.ParseInt: parsing \"99999999999999999999\": value out of range" },
    };

    [Theory]
    [MemberData(nameof(Ints))]
    public void Int_parses_base_10(string description, string text, long expected, string? error)
    {
        var harness = ProgramHarness.Load("""
            gauge n
            /^(?P<s>\S+)$/ {
              n = int($s)
            }
            """).Feed(text);

        harness.LastRuntimeError.Should().Be(error, description);
        harness.Int("n").Should().Be(expected, description);
    }

    public static TheoryData<string, string, string, string?> Floats => new()
    {
        { "decimal", "12.5", "12.5", null },
        { "exponent", "1e3", "1000", null },
        { "infinity, any case", "inf", "+Inf", null },
        { "negative infinity", "-Inf", "-Inf", null },
        { "not a number", "nan", "NaN", null },
        { "hexadecimal float", "0x1p-2", "0.25", null },
        { "underscores are Go literal syntax", "1_000.5", "1000.5", null },
        { "letters", "abc", "", "strconv.ParseFloat: parsing \"abc\": invalid syntax" },
        { "too large", "1e400", "", "strconv.ParseFloat: parsing \"1e400\": value out of range" },
    };

    [Theory]
    [MemberData(nameof(Floats))]
    public void Float_parses_with_go_rules(string description, string text, string expected, string? error)
    {
        // string() of the float, so the text metric shows Go's %g of the result.
        var harness = ProgramHarness.Load("""
            text t
            /^(?P<s>\S+)$/ {
              t = string(float($s))
            }
            """).Feed(text);

        harness.LastRuntimeError.Should().Be(error, description);
        harness.Text("t").Should().Be(expected, description);
    }

    public static TheoryData<string, string, string> Strings => new()
    {
        { "an Int", "string($i)", "-3" },
        { "a Float drops trailing zeros", "string($f)", "2.5" },
        { "a large Float uses %g's exponent", "string($f * 1000000.0)", "2.5e+06" },
        { "a small Float", "string($f / 100000.0)", "2.5e-05" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void String_formats_ints_with_d_and_floats_with_g(string description, string expression, string expected)
    {
        var harness = ProgramHarness.Load($$"""
            text t
            /^(?P<i>-?\d+) (?P<f>-?\d+\.\d+)$/ {
              t = {{expression}}
            }
            """).Feed("-3 2.50");

        harness.LastRuntimeError.Should().BeNull(description);
        harness.Text("t").Should().Be(expected, description);
    }

    [Fact]
    public void An_int_typed_capture_that_did_not_participate_fails_to_convert()
    {
        var harness = ProgramHarness.Load("""
            counter c
            /^(?P<x>\d+)|-$/ {
              c += $x
            }
            """).Feed("5", "-", "7");

        harness.Int("c").Should().Be(12);
        harness.RuntimeErrors.Should().Be(1);
        harness.LastRuntimeError.Should().Be("strconv.ParseInt: parsing \"\": invalid syntax");
    }
}
