using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// len() and strtol() given a value typed Int or Float receive Go's formatting of the number
/// (FormatInt, FormatFloat 'G'), so leading zeros are gone; strptime() receives an empty string.
/// Expected from mtail 3.0.0-rc50 (case custom-string-builtins-on-numeric-capture).
/// </summary>
public sealed class NumericArgumentTests
{
    [Fact]
    public void Strtol_parses_the_formatted_int()
    {
        var h = ProgramHarness.Load("""
            gauge mode
            /^m=(?P<m>0[0-7]+)$/ {
              mode = strtol($m, 8) & 2048
            }
            """).Feed("m=0104755");

        // "104755" in base 8 is 35309, whose set-user-ID bit (04000) is set.
        h.RuntimeErrors.Should().Be(0);
        h.Int("mode").Should().Be(2048);
    }

    [Theory]
    [InlineData(@"(?P<v>\d+)", "0777", 3)]
    [InlineData(@"(?P<v>\d+\.\d+)", "1.50", 3)]
    [InlineData(@"(?P<v>\d+\.\d+)", "100000000000000000000000.0", 5)]
    [InlineData(@"(?P<v>\S+)", "0777", 4)]
    public void Len_counts_the_formatted_number(string group, string text, long expected)
    {
        var h = ProgramHarness.Load($$"""
            gauge n
            /^{{group}}$/ {
              n = len($v)
            }
            """).Feed(text);

        h.RuntimeErrors.Should().Be(0);
        h.Int("n").Should().Be(expected);
    }

    [Fact]
    public void Strptime_of_an_int_capture_gets_the_empty_string()
    {
        var h = ProgramHarness.Load("""
            counter rest
            /^(\d+)$/ {
              strptime($1, "2006")
              rest++
            }
            """).Feed("2024");

        h.RuntimeErrors.Should().Be(1);
        h.LastRuntimeError.Should().Contain("\"\"");
        h.Int("rest").Should().Be(0);
    }

    [Theory]
    [InlineData("settime(len($1))", 1)]
    [InlineData("settime(int(len($1)))", 1)]
    [InlineData("settime(len($1) + 0)", 0)]
    [InlineData("settime(strtol($1, 36))", 0)]
    [InlineData("settime(float(len($1)))", 1)]
    [InlineData("settime($1)", 1)]
    public void Settime_fails_on_lens_go_int(string statement, long errors)
    {
        // Found by the differential fuzzer: mtail's settime pops an int64, and len() leaves a Go int.
        var h = ProgramHarness.Load($$"""
            gauge g
            /^sys ([a-z]+)$/ {
              {{statement}}
              g = 64
            }
            """).Feed("sys get");

        h.RuntimeErrors.Should().Be(errors);
        (h.Datum("g") is null).Should().Be(errors == 1, "the line ends at the failed settime");
    }

    [Fact]
    public void A_metric_read_after_a_failure_is_not_created()
    {
        // Found by the differential fuzzer: mtail stops at the first error, so the read never happens.
        var h = ProgramHarness.Load("""
            gauge other
            counter c
            /^(\S+)$/ {
              int($1) == other {
                c++
              }
            }
            """).Feed("abc");

        h.RuntimeErrors.Should().Be(1);
        h.Datum("other").Should().BeNull();
    }
}
