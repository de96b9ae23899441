namespace LogMetrics.Tests.Language.Parsing;

/// <summary>
/// After a syntax error the parser skips to the end of the line (a block opened on that line
/// included) and goes on, so one run reports the errors of every statement; mtail itself stops
/// at the first.
/// </summary>
public sealed class RecoveryTests
{
    [Fact]
    public void Errors_in_several_statements_are_all_reported()
    {
        // `a ++ +` continues on the next line (an operator may end a line), as in mtail.
        FrontEnd.Parse("counter a\na = = 1\n/x/ {\n  a ++ +\n  a = )\n}\ncounter next\n").Errors.Should().Be(
            "t.mtail:2:5: syntax error: unexpected ASSIGN, expecting BUILTIN\n"
            + "t.mtail:5:5: syntax error: unexpected ASSIGN, expecting LCURLY\n"
            + "t.mtail:7:9-12: syntax error: unexpected NEXT, expecting STRING or ID");
    }

    [Fact]
    public void A_block_on_a_failed_line_is_skipped_whole()
    {
        FrontEnd.Parse("X + /b/ {\n  a++\n}\ny = = 1\n").Errors.Should().Be(
            "t.mtail:1:5: syntax error: unexpected DIV, expecting BUILTIN\n"
            + "t.mtail:4:5: syntax error: unexpected ASSIGN, expecting BUILTIN");
    }

    [Fact]
    public void A_failed_statement_inside_a_block_leaves_the_block_closed_by_its_brace()
    {
        FrontEnd.Parse("/x/ { a++ }\n").Errors.Should().Be("t.mtail:1:11: syntax error: unexpected RCURLY, expecting LCURLY");
    }

    [Fact]
    public void Stray_closing_braces_at_the_top_level_do_not_stop_the_parser()
    {
        FrontEnd.Parse("}\n} }\ny = = 1\n").Errors.Should().Be(
            "t.mtail:1:1: syntax error: unexpected RCURLY\n"
            + "t.mtail:2:1: syntax error: unexpected RCURLY\n"
            + "t.mtail:2:3: syntax error: unexpected RCURLY\n"
            + "t.mtail:3:5: syntax error: unexpected ASSIGN, expecting BUILTIN");
    }

    [Fact]
    public void Lexical_errors_do_not_stop_the_parser()
    {
        FrontEnd.Parse("counter a ?\ncounter _b\n").Errors.Should().Be(
            "t.mtail:1:11: Unexpected input: '?'\n"
            + "t.mtail:2:9: Unexpected input: '_'\n"
            + "t.mtail:2:9: syntax error: unexpected INVALID, expecting STRING or ID");
    }
}
