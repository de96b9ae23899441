namespace LogMetrics.Tests.Language.Parsing;

/// <summary>
/// Lexical and syntax errors, with exact text and positions. Each expected text is what mtail
/// rc50 printed for the same program under -compile_only (after "compile failed for t.mtail:"),
/// except the rows marked "differs": mtail stops at its first syntax error while logmetrics
/// recovers at the end of the line and reports the errors of later statements too (including a
/// `}` that a failed line left unmatched), and goyacc lists AND and OR as expected inside
/// parentheses where logmetrics names only RPAREN.
/// </summary>
public sealed class SyntaxErrorTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "unexpected token", "counter a\na = = 1\n", "t.mtail:2:5: syntax error: unexpected ASSIGN, expecting BUILTIN" },
        { "block on one line", "counter a\n/x/ { a++ }\n", "t.mtail:2:11: syntax error: unexpected RCURLY, expecting LCURLY" },
        { "comment swallows the newline before }", "counter a\n/x/ {\n  a++ # note\n}\n", "t.mtail:4:13: syntax error: unexpected RCURLY, expecting LCURLY" },
        { "statement with no effect", "/foo/\n", "t.mtail:2:6: syntax error: statement with no effect, missing an assignment, `+' concatenation, or `{}' block?" },
        { "indexing a pattern", "/foo/[1] {\n}\n", "t.mtail:1:6: syntax error: unexpected indexing of an expression" },
        { "indexing a parenthesised expression", "counter a\na = (1)[2]\n", "t.mtail:2:8: syntax error: unexpected LSQUARE, expecting NL" },
        { "unterminated regex at end of file", "/foo", "t.mtail:1:2-4: Unterminated regular expression: \"/foo\"\nt.mtail:1:2-4: syntax error: unexpected end of file, expecting '/' to end regex" },
        { "unterminated regex at end of line", "/foo {\n}\n", "t.mtail:1:2-6: Unterminated regular expression: \"/foo {\"\nt.mtail:1:2-6: syntax error: unexpected end of file, expecting '/' to end regex\nt.mtail:1:7: syntax error: unexpected RCURLY" },  // differs from mtail: see the class comment
        { "unbalanced brace", "/foo/ {\n", "t.mtail:2:1: syntax error: unexpected end of file, expecting '}' to end block" },
        { "keyword as metric name", "counter next\n", "t.mtail:1:9-12: syntax error: unexpected NEXT, expecting STRING or ID" },
        { "builtin as metric name", "counter len\n", "t.mtail:1:9-11: syntax error: unexpected BUILTIN, expecting STRING or ID" },
        { "limit per dimension", "counter foo by a limit 10, b\n", "t.mtail:1:26: syntax error: unexpected COMMA" },
        { "concatenation starting with a constant", "const X /a/\nX + /b/ {\n}\n", "t.mtail:2:5: syntax error: unexpected DIV, expecting BUILTIN" },
        { "two patterns joined with &&", "/a/ && /b/ {\n}\n", "t.mtail:1:8: syntax error: unexpected DIV, expecting BUILTIN" },
        { "x-1 lexes as x and -1", "counter x\nx = x-1\n", "t.mtail:2:6-7: syntax error: unexpected INTLITERAL, expecting NL" },
        { "bang alone", "!/foo/ {\n}\n", "t.mtail:1:1: Unexpected input: '!'" },
        { "identifier starting with underscore", "counter _x\n", "t.mtail:1:9: Unexpected input: '_'\nt.mtail:1:9: syntax error: unexpected INVALID, expecting STRING or ID" },
        { "unterminated string", "counter a as \"foo\n", "t.mtail:1:14-17: Unterminated quoted string: \"\\\"foo\"\nt.mtail:1:14-17: syntax error: unexpected INVALID, expecting STRING" },
        { "duration in days", "counter a by k\n/(.)/ {\n  a[$1]++\n  del a[$1] after 1d\n}\n", "t.mtail:4:19-20: time: unknown unit \"d\" in duration \"1d\"\nt.mtail:4:19-20: syntax error: unexpected INVALID, expecting DURATIONLITERAL" },
        { "int literal out of range", "counter a\na = 99999999999999999999\n", "t.mtail:2:5-24: bad number '99999999999999999999': strconv.ParseInt: parsing \"99999999999999999999\": value out of range\nt.mtail:2:5-24: syntax error: unexpected INVALID, expecting BUILTIN" },
        { "stray close brace", "}\n", "t.mtail:1:1: syntax error: unexpected RCURLY" },
        { "else without block", "/a/ {\n} else\n", "t.mtail:3:7: syntax error: unexpected NL, expecting LCURLY" },
        { "del without target", "del\n", "t.mtail:2:4: syntax error: unexpected NL, expecting BUILTIN" },
        { "def without name", "def {\n}\n", "t.mtail:1:5: syntax error: unexpected LCURLY, expecting ID" },
        { "declaration without name", "counter\n", "t.mtail:2:8: syntax error: unexpected NL, expecting STRING or ID" },
        { "buckets that are not numbers", "histogram h buckets a\n", "t.mtail:1:21: syntax error: unexpected ID, expecting INTLITERAL or FLOATLITERAL" },
        { "assignment as a condition", "counter a\n/x/ && a = 1 {\n}\n", "t.mtail:2:10: syntax error: unexpected ASSIGN, expecting LCURLY" },
        { "1.61.1 is two float literals", "counter a\na = 1.61.1\n", "t.mtail:2:9-10: syntax error: unexpected FLOATLITERAL, expecting NL" },
        { "unknown character", "?\n", "t.mtail:1:1: Unexpected input: '?'" },
        { "slash inside a character class ends the regex", "/a[/]b/ {\n}\n", "t.mtail:1:5: syntax error: unexpected RSQUARE, expecting LCURLY" },
        { "empty parentheses", "counter a\na = ()\n", "t.mtail:2:6: syntax error: unexpected RPAREN, expecting BUILTIN" },
        { "otherwise without block", "otherwise\n", "t.mtail:2:10: syntax error: unexpected NL, expecting LCURLY" },
        { "as without string", "counter a as b\n", "t.mtail:1:14: syntax error: unexpected ID, expecting STRING" },
        { "limit without number", "counter a by b limit x\n", "t.mtail:1:22: syntax error: unexpected ID, expecting INTLITERAL" },
        { "del after without duration", "counter a by b\ndel a[\"x\"] after\n", "t.mtail:3:17: syntax error: unexpected NL, expecting DURATIONLITERAL" },
        { "unclosed index", "counter a by b\na[1 = 2\n", "t.mtail:2:5: syntax error: unexpected ASSIGN, expecting RSQUARE or COMMA" },
        { "unclosed call", "counter a\na = len(\"x\"\n", "t.mtail:3:12: syntax error: unexpected NL, expecting RPAREN or COMMA" },
        { "builtin without parentheses", "counter a\na = len\n", "t.mtail:3:8: syntax error: unexpected NL, expecting LPAREN" },
        { "decorator without block", "def d {\n  next\n}\n@d\n", "t.mtail:5:3: syntax error: unexpected NL, expecting LCURLY" },
        { "assignment without value", "counter a\na =\n", "t.mtail:3:1: syntax error: unexpected $end, expecting BUILTIN" },
        { "binary operator at end of file", "counter a\na = 1 +", "t.mtail:2:8: syntax error: unexpected $end, expecting BUILTIN" },
        { "capture reference named after dollar digits and letters", "counter a\n/(?P<x1>x)/ {\n  a = $1x\n}\n", "t.mtail:3:7-9: Capture group `$1x' was not defined by a regular expression visible to this scope.\n\tTry using `(?P<1x>...)' to name the capture group." },
        { "negative duration is a duration", "counter a by b\n/(.)/ {\n  a[$1]++\n  del a[$1] after -1.5h\n}\n", "" },
        { "several errors on separate lines, only the first from mtail", "counter a\na = = 1\na = = 2\n", "t.mtail:2:5: syntax error: unexpected ASSIGN, expecting BUILTIN\nt.mtail:3:5: syntax error: unexpected ASSIGN, expecting BUILTIN" },  // differs from mtail: see the class comment
        { "index after postfix at statement start", "counter foo\n/(.)/ {\n  foo++[$1]++\n}\n", "t.mtail:3:8: syntax error: unexpected indexing of an expression" },
        { "index of a literal at statement start", "/(.)/ {\n  0[$1]++\n}\n", "t.mtail:2:4: syntax error: unexpected indexing of an expression" },
        { "index inside parentheses", "counter a\na = ((1)[2])\n", "t.mtail:2:9: syntax error: unexpected LSQUARE, expecting RPAREN" },  // differs from mtail: see the class comment
        { "index in a condition", "counter a\n/(.)/ && (1)[2] {\n}\n", "t.mtail:2:13: syntax error: unexpected indexing of an expression" },
        { "call without arguments unclosed", "counter a\na = timestamp(\n", "t.mtail:3:15: syntax error: unexpected NL, expecting BUILTIN or DIV" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Syntax_errors_are_reported_as_mtail_reports_them(string description, string program, string expected)
    {
        FrontEnd.Errors(program).Should().Be(expected, description);
    }
}
