using LogMetrics.Language.Compilation;
using LogMetrics.Tests.Language.Parsing;

namespace LogMetrics.Tests.Language.Semantics;

/// <summary>The regex length limit and the strptime layout check.</summary>
public sealed class LimitTests
{
    [Fact]
    public void A_pattern_longer_than_the_limit_is_rejected_at_its_position()
    {
        var program = "/" + new string('a', 1025) + "/ {\n}\n";

        FrontEnd.Errors(program).Should().Be(
            "t.mtail:1:1-1027: Exceeded maximum regular expression pattern length of 1024 bytes with 1025.\n"
            + "\tExcessively long patterns are likely to cause compilation and runtime performance problems.");
    }

    [Fact]
    public void The_limit_counts_the_concatenated_pattern_and_is_an_option()
    {
        const string program = "const A /aaa/\n/bb/ + A {\n}\n";

        FrontEnd.Errors(program, new CompilerOptions(MaxRegexpLength: 4)).Should().Be(
            "t.mtail:2:1-8: Exceeded maximum regular expression pattern length of 4 bytes with 5.\n"
            + "\tExcessively long patterns are likely to cause compilation and runtime performance problems.");
    }

    [Fact]
    public void An_invalid_strptime_layout_is_rejected()
    {

        FrontEnd.Errors("/(.*)/ {\n  strptime($1, \"2017-10-16 06:50:25\")\n}\n").Should().Be(
            "t.mtail:2:16-36: invalid time format string \"2017-10-16 06:50:25\"\n"
            + "\tRefer to the documentation at https://golang.org/pkg/time/#pkg-constants for advice.");
    }
}
