using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// Comparisons convert both operands to their least upper bound: Int with String compares as
/// strings (so "10" &lt; "9"), Int with Float as floats. Expected outcomes from mtail 3.0.0-rc50.
/// </summary>
public sealed class ComparisonTests
{
    const string IntAndString = @"(?P<a>-?\d+) (?P<b>\S+)";
    const string FloatAndInt = @"(?P<a>-?\d+\.\d+) (?P<b>-?\d+)";
    const string TwoInts = @"(?P<a>-?\d+) (?P<b>-?\d+)";
    const string TwoStrings = @"(?P<a>[a-z]+) (?P<b>[a-z]+)";
    const string TwoFloats = @"(?P<a>-?\d+\.\d+) (?P<b>-?\d+\.\d+)";
    const string FloatAndString = @"(?P<a>-?\d+\.\d+) (?P<b>\S+)";

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "Int equals string with the same digits", $"{IntAndString} :: $a == $b", "10 10", true },
        { "Int less than string compares as strings", $"{IntAndString} :: $a < $b", "10 9", true },
        { "Int less than string, numerically true but not as strings", $"{IntAndString} :: $a < $b", "3 20", false },
        { "Int less than letters", $"{IntAndString} :: $a < $b", "100 abc", true },
        { "string greater than an Int literal compares as strings", $"{IntAndString} :: $b > 2", "1 abc", true },
        { "string of digits greater than an Int literal, as strings", $"{IntAndString} :: $b > 2", "1 10", false },
        { "string literal greater than an Int literal", $"{IntAndString} :: \"x\" > 2", "1 1", true },
        { "Ints compare numerically", $"{TwoInts} :: $a > $b", "10 9", true },
        { "negative Ints", $"{TwoInts} :: $a < $b", "-10 -9", true },
        { "Ints not equal", $"{TwoInts} :: $a != $b", "1 2", true },
        { "Ints less or equal", $"{TwoInts} :: $a <= $b", "2 2", true },
        { "Ints greater or equal", $"{TwoInts} :: $a >= $b", "1 2", false },
        { "Float greater than Int", $"{FloatAndInt} :: $a > $b", "2.5 2", true },
        { "Float equal to Int", $"{FloatAndInt} :: $a == $b", "10.0 10", true },
        { "Floats", $"{TwoFloats} :: $a < $b", "0.1 0.25", true },
        { "strings in byte order", $"{TwoStrings} :: $a < $b", "abc abd", true },
        { "strings equal", $"{TwoStrings} :: $a == $b", "abc abc", true },
        { "strings not equal", $"{TwoStrings} :: $a != $b", "abc abc", false },
        { "prefix sorts first", $"{TwoStrings} :: $a >= $b", "ab abc", false },
        { "Float with string compares the %g text", $"{FloatAndString} :: $a < $b", "0.0 abc", true },
        { "Float with string of a larger number, as strings", $"{FloatAndString} :: $a < $b", "2.5 10", false },
        { "string equal to a Float literal's text", $"{FloatAndString} :: $b == 1.5", "1.0 1.5", true },
        { "Int with a Float literal compares as floats", $"{TwoInts} :: $a < 2.5", "-3 0", true },
        { "a concatenation compared with a string", $"{IntAndString} :: $b + $a == \"abc0\"", "0 abc", true },
        { "an Int is true in || when not 0", $"{TwoInts} :: $a || 1 == 0", "5 0", true },
        { "an Int is false in || when 0", $"{TwoInts} :: $a || 1 == 0", "0 0", false },
        { "an Int in &&", $"{TwoInts} :: $a && 1 == 1", "-3 0", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Comparisons_use_the_least_upper_bound_of_the_operand_types(string description, string patternAndCondition, string line, bool expected)
    {
        var parts = patternAndCondition.Split(" :: ");
        var harness = ProgramHarness.Load($$"""
            counter yes
            /^{{parts[0]}}$/ {
              {{parts[1]}} {
                yes++
              }
            }
            """).Feed(line);

        harness.RuntimeErrors.Should().Be(0, description);
        harness.Int("yes").Should().Be(expected ? 1 : 0, description);
    }
}
