using LogMetrics.Metrics;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>
/// A runtime error ends the current line for its program only: it is counted, kept as the last
/// error, raised as an event, and the next line runs normally.
/// </summary>
public sealed class RuntimeErrorTests
{
    const string Divider = """
        counter before
        counter later
        gauge q
        /^(?P<a>\d+) (?P<b>\d+)$/ {
          before++
          q = $a / $b
          later++
        }
        """;

    [Fact]
    public void Errors_are_counted_and_the_last_message_is_kept()
    {
        var harness = ProgramHarness.Load(Divider);

        harness.Feed("1 0", "6 3", "7 0");

        harness.RuntimeErrors.Should().Be(2);
        harness.LastRuntimeError.Should().Be("Divide by zero 7 % 0");
        harness.Int("before").Should().Be(3);
        harness.Int("later").Should().Be(1);
        // The failed assignment leaves the value of the line before.
        harness.Int("q").Should().Be(2);
    }

    [Fact]
    public void Each_error_is_raised_with_the_program_the_message_and_the_line()
    {
        var harness = ProgramHarness.Load(Divider, name: "div.mtail");
        var raised = new List<string>();
        harness.Program.RuntimeError += (program, message, line) => raised.Add($"{program.Name}|{message}|{line}");

        harness.Feed("1 0", "6 3", "9 0");

        raised.Should().Equal("div.mtail|Divide by zero 1 % 0|1 0", "div.mtail|Divide by zero 9 % 0|9 0");
    }

    [Fact]
    public void A_program_without_errors_reports_none()
    {
        var harness = ProgramHarness.Load(Divider);

        harness.Feed("6 3", "not a match");

        harness.RuntimeErrors.Should().Be(0);
        harness.LastRuntimeError.Should().BeNull();
    }

    [Fact]
    public void One_programs_error_does_not_affect_another_program_on_the_same_line()
    {
        var store = new MetricStore();
        var failing = ProgramHarness.Load(Divider, name: "a.mtail", store: store);
        var healthy = ProgramHarness.Load("""
            counter lines
            /./ {
              lines++
            }
            """, name: "b.mtail", store: store);

        foreach (var line in new[] { "1 0", "4 2" })
        {
            failing.Feed(line);
            healthy.Feed(line);
        }

        failing.RuntimeErrors.Should().Be(1);
        healthy.RuntimeErrors.Should().Be(0);
        healthy.Int("lines").Should().Be(2);
        failing.Int("later").Should().Be(1);
    }

    [Fact]
    public void Getfilename_is_the_name_of_the_log_the_line_came_from()
    {
        var harness = ProgramHarness.Load("""
            counter lines by file
            /./ {
              lines[getfilename()]++
            }
            """);

        harness.FeedFrom("/var/log/a.log", "x", "y").FeedFrom("/tmp/b.log", "z");

        harness.Rows("lines").Should().Equal("/tmp/b.log=1", "/var/log/a.log=2");
    }
}
