namespace LogMetrics.Tests.Language.Parsing;

/// <summary>Every statement form parses without a diagnostic (the checker is not run here).</summary>
public sealed class ConstructTests
{
    public static TheoryData<string, string> Programs => new()
    {
        { "every metric kind", "counter c\ngauge g\ntimer t\ntext x\nhistogram h buckets 1, 2\n" },
        { "attributes in any order, repeated", "counter c by a, \"b-c\" as \"c_total\" limit 10\nhistogram h by p buckets -1, 0.5, 2 as \"h\" by q\n" },
        { "hidden metrics and string names", "hidden gauge g\nhidden text \"t\"\n" },
        { "a constant on several lines", "const P /a/ +\n  /b/ +\n  Q\n" },
        { "a constant whose pattern starts on the next line", "const P\n  /a/\n" },
        { "a constant starting with a constant", "const P Q + /b/\n" },
        { "conditions with else and otherwise", "/a/ {\n} else {\n}\notherwise {\n}\nx > 1 {\n}\n" },
        { "nested blocks with stop", "/a/ {\n  /b/ {\n    /c/ {\n      stop\n    }\n  }\n}\n" },
        { "empty blocks on one line", "/a/ {}\n" },
        { "decorators", "def d {\n  /x/ {\n    next\n  }\n}\n@d {\n  @d {\n  }\n}\n" },
        { "del and del after", "del m[1]\ndel m[$1, \"a\"] after 1h\n" },
        { "log_filter with several paths", "log_filter \"a.log\", \"b.log\"\n" },
        { "defined as a condition", "/(x)?/ {\n  defined($1) {\n  }\n}\n" },
        { "a metric named defined", "counter defined\ndefined++\n" },
        { "a comment after a brace and a declaration", "counter a # c\n/x/ { # c\n  a++\n}\n" },
        { "a builtin called as a statement", "strptime($1, \"2006\")\n" },
        { "a decrement and an add-assign", "x--\nx += 2\n" },
        { "no final newline after a block", "/a/ {\n}" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Construct_parses_without_diagnostics(string description, string program)
    {
        FrontEnd.Parse(program).Errors.Should().BeEmpty(description);
    }
}
