using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// Assignments get no conversion from mtail's checker: the setter chosen by the metric's type
/// converts what it is given (a string parses, <c>len()</c>'s Go int goes anywhere, a Float goes
/// into a text as Go's <c>'G'</c>) or fails with Go's <c>%T %q</c>. The metric's type is fixed by
/// its first assignment. Every value and message below is mtail 3.0.0-rc50's, for the lines
/// "5 2.5 abc" then "7 3.25 12".
/// </summary>
public sealed class TypedSetterTests
{
    static readonly string[] _lines = ["5 2.5 abc", "7 3.25 12"];

    public static TheoryData<string, string, string, string, string[]> Cases => new()
    {
        { "Int into a Float metric fails, quoted as a rune", "gauge m", "m = 0.5\n  m = $i", "0.5", ["unexpected float type int64 '\\x05'", "unexpected float type int64 '\\a'"] },
        { "Int added to a Float metric fails the same way", "gauge m", "m = 0.5\n  m += $i", "0.5", ["unexpected float type int64 '\\x05'", "unexpected float type int64 '\\a'"] },
        { "a negative Int into a Float metric quotes as U+FFFD", "gauge m", "m = 0.5\n  m = -1 * $i", "0.5", ["unexpected float type int64 '\uFFFD'", "unexpected float type int64 '\uFFFD'"] },
        { "len() is a Go int, which a Float metric accepts", "gauge m", "m = 0.5\n  m = len($s)", "2", [] },
        { "a string added to a Float metric parses, or fails with a prefix", "gauge m", "m = 0.5\n  m += $s", "12.5", ["conversion of \"abc\" to float failed: strconv.ParseFloat: parsing \"abc\": invalid syntax"] },
        { "Float into an Int metric fails with a bad verb", "gauge m", "m = 1\n  m = $f", "1", ["unexpected int type float64 %!q(float64=2.5)", "unexpected int type float64 %!q(float64=3.25)"] },
        { "Float added to an Int metric fails", "gauge m", "m = 1\n  m += 2.5", "1", ["unexpected int type float64 %!q(float64=2.5)", "unexpected int type float64 %!q(float64=2.5)"] },
        { "a string added to an Int metric parses, or fails with a prefix", "gauge m", "m = 1\n  m += $s", "13", ["conversion of \"abc\" to int failed: strconv.ParseInt: parsing \"abc\": invalid syntax"] },
        { "len() into a counter", "counter m", "m += len($s)", "5", [] },
        { "a Float capture makes the gauge a Float", "gauge m", "m = $f", "3.25", [] },
        { "a string capture makes the gauge a String", "gauge m", "m = $s", "12", [] },
        { "Int into a text", "text m", "m = \"x\"\n  m = $i", "7", [] },
        { "Float into a text", "text m", "m = 1.5", "1.5", [] },
        { "a large Float into a text uses an upper-case exponent", "text m", "m = $f * 1.0e20", "3.25E+20", [] },
        { "len() into a text", "text m", "m = len($s)", "2", [] },
        { "Int appended to a text", "text m", "m = \"x\"\n  m += $i", "x7", [] },
        { "Float appended to a text, 'G' again", "text m", "m = \"x\"\n  m += $f * 1.0e20", "x3.25E+20", [] },
        { "a comparison into a Float metric fails at the bitwise and", "gauge m", "m = 1.5\n  m = 1 & 3 == 3", "1.5", ["unexpected int type bool %!q(bool=true)", "unexpected int type bool %!q(bool=true)"] },
        { "a comparison into a text fails but leaves the datum", "text m", "m = 1 & 3 == 3", "", ["unexpected int type bool %!q(bool=true)", "unexpected int type bool %!q(bool=true)"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Typed_setters_convert_or_fail_as_mtail_does(string description, string declaration, string body, string value, string[] errors)
    {
        var messages = new List<string>();
        var harness = ProgramHarness.Load($$"""
            {{declaration}}
            /^(?P<i>\d+) (?P<f>\d+\.\d+) (?P<s>\S+)$/ {
              {{body}}
            }
            """);
        harness.Program.RuntimeError += (_, message, _) => messages.Add(message);

        harness.Feed(_lines);

        harness.Rows("m").Should().Equal([$"={value}"], description);
        messages.Should().Equal(errors, description);
    }

    [Fact]
    public void Bitwise_not_of_a_comparison_is_a_runtime_error()
    {
        var harness = ProgramHarness.Load("""
            counter c
            /^(?P<i>\d+)/ {
              ~($i == 5) {
                c++
              }
            }
            """);

        harness.Feed("5");

        harness.LastRuntimeError.Should().Be("unexpected int type bool %!q(bool=true)");
        harness.Int("c").Should().Be(0);
    }
}
