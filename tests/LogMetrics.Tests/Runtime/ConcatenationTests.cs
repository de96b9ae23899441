using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// String <c>+</c>: numbers are converted with <c>%d</c> (Int) and Go's shortest <c>%g</c>
/// (Float), then concatenated. Expected values from mtail 3.0.0-rc50.
/// </summary>
public sealed class ConcatenationTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "string then Int", "$s + $i", "42 2.50 abc", "abc42" },
        { "Int then string", "$i + $s", "42 2.50 abc", "42abc" },
        { "negative Int", "$s + $i", "-7 1.0 x", "x-7" },
        { "Float drops trailing zeros", "$s + $f", "42 2.50 abc", "abc2.5" },
        { "large Float uses an exponent", "$s + $f", "-7 100000000000000000000.0 x", "x1e+20" },
        { "small Float uses an exponent", "$s + $f", "0 0.000001 y", "y1e-06" },
        { "three strings", "$s + \"-\" + $s", "1 1.0 abc", "abc-abc" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plus_with_a_string_concatenates_the_formatted_operands(string description, string expression, string line, string expected)
    {
        var harness = ProgramHarness.Load($$"""
            text t
            /^(?P<i>-?\d+) (?P<f>-?\d+\.\d+) (?P<s>\S+)$/ {
              t = {{expression}}
            }
            """).Feed(line);

        harness.RuntimeErrors.Should().Be(0, description);
        harness.Text("t").Should().Be(expected, description);
    }

    [Fact]
    public void Add_assign_on_a_text_metric_appends()
    {
        var harness = ProgramHarness.Load("""
            text t
            /^(?P<w>\w+)$/ {
              t += $w
              t += "!"
            }
            """);

        harness.Feed("ab", "cd");

        harness.Text("t").Should().Be("ab!cd!");
    }
}
