namespace LogMetrics.Tests.Language.Syntax;

/// <summary>
/// Source in, canonical source out, for every construct of the language; each expected text is
/// also checked to print as itself (it is a fixed point of the printer).
/// </summary>
public sealed class SyntaxPrinterTests
{
    public static TheoryData<string, string, string> Programs => new()
    {
        // Declarations.
        { "counter", "counter foo", "counter foo\n" },
        { "every kind", "gauge g\ntimer t\ntext x\nhistogram h buckets 1, 2", "gauge g\ntimer t\ntext x\nhistogram h buckets 1, 2\n" },
        { "hidden with keys", "hidden gauge g by a, b", "hidden gauge g by a, b\n" },
        { "quoted name that is an identifier", "counter \"foo\"", "counter foo\n" },
        { "name that is not an identifier", "counter \"foo-bar\" by \"a b\", c", "counter \"foo-bar\" by \"a b\", c\n" },
        { "keyword and builtin names", "counter \"text\" by \"len\", \"after\"", "counter \"text\" by \"len\", \"after\"\n" },
        { "exported name", "counter foo as \"bar.baz\"", "counter foo as \"bar.baz\"\n" },
        { "bucket numbers in Go %g", "histogram h buckets -1, 0, 0.5, 1.0, 00002, 0.00001, 1000000, 123456", "histogram h buckets -1, 0, 0.5, 1, 2, 1e-05, 1e+06, 123456\n" },
        { "limit", "counter c by a limit 100", "counter c by a limit 100\n" },
        { "every attribute", "hidden histogram h by x as \"y\" buckets 1, 2 limit 5", "hidden histogram h by x as \"y\" buckets 1, 2 limit 5\n" },

        // Patterns and constants.
        { "const", "const FOO /foo/", "const FOO /foo/\n" },
        { "const concatenation over lines", "const FOO /a/ +\n  /b/", "const FOO /a/ + /b/\n" },
        { "const starting with a constant", "const A /a/\nconst B A + /b/", "const A /a/\nconst B A + /b/\n" },
        { "pattern condition", "/foo(\\d+)/ {\n}", "/foo(\\d+)/ {\n}\n" },
        { "slash re-escaped in a regex", "/a\\/b/ {\n}", "/a\\/b/ {\n}\n" },
        { "kept backslash before an escaped slash", "/a\\\\\\/b/ {\n}", "/a\\\\\\/b/ {\n}\n" },
        { "pattern concatenation with a constant", "const A /a/\n/x/ + A + /y/ {\n}", "const A /a/\n/x/ + A + /y/ {\n}\n" },
        { "pattern condition with && nests to the right", "/a/ && $1 > 0 || $2 < 1 {\n}", "/a/ && $1 > 0 || $2 < 1 {\n}\n" },
        { "match", "$1 =~ /x/ {\n}", "$1 =~ /x/ {\n}\n" },
        { "not match against a constant", "const A /a/\n$1 !~ A {\n}", "const A /a/\n$1 !~ A {\n}\n" },
        { "match needs a primary on the left", "(x + 1) =~ /1/ {\n}", "(x + 1) =~ /1/ {\n}\n" },
        { "match of an increment", "(x++) =~ /1/ {\n}", "(x++) =~ /1/ {\n}\n" },

        // Blocks and control.
        { "else", "/a/ {\n  x++\n} else {\n  y++\n}", "/a/ {\n  x++\n} else {\n  y++\n}\n" },
        { "otherwise", "/a/ {\n}\notherwise {\n  stop\n}", "/a/ {\n}\notherwise {\n  stop\n}\n" },
        { "nested blocks indent", "/a/ {\n/b/ {\nx++\n}\n}", "/a/ {\n  /b/ {\n    x++\n  }\n}\n" },
        { "def and decorator", "def d {\n  /x/ {\n    next\n  }\n}\n@d {\n  y++\n}", "def d {\n  /x/ {\n    next\n  }\n}\n@d {\n  y++\n}\n" },
        { "del", "del m[$1]", "del m[$1]\n" },
        { "del after keeps the duration's spelling", "del m[$1] after 1.5h", "del m[$1] after 1.5h\n" },
        { "stop", "stop", "stop\n" },
        { "log_filter", "log_filter \"a.log\", \"/var/log/b\"", "log_filter \"a.log\", \"/var/log/b\"\n" },
        { "comments and blank lines go", "# c\n\ncounter a # trailing\n", "counter a\n" },

        // Expressions.
        { "increment and decrement", "a++\nb[1]--", "a++\nb[1]--\n" },
        { "assignments", "a = 1\nb += 2.50", "a = 1\nb += 2.50\n" },
        { "index lists merge", "a[$1][\"x\"] = 1", "a[$1, \"x\"] = 1\n" },
        { "string with an escaped quote", "a = \"x\\\"y\\\\z\"", "a = \"x\\\"y\\\\z\"\n" },
        { "builtins", "a = strptime($1, \"2006\")\nsettime(timestamp())", "a = strptime($1, \"2006\")\nsettime(timestamp())\n" },
        { "pattern argument", "a = subst(/a\\/b/, \"c\", $0)", "a = subst(/a\\/b/, \"c\", $0)\n" },
        { "defined", "defined($x) {\n}", "defined($x) {\n}\n" },
        { "named and numbered caprefs", "a[$name] = $1", "a[$name] = $1\n" },
        { "redundant parentheses go", "a = (b) + ((c) * d)", "a = b + c * d\n" },
        { "needed parentheses stay", "a = (b + c) * d", "a = (b + c) * d\n" },
        { "left associativity", "a = (b - c) - d\ne = b - (c - d)", "a = b - c - d\ne = b - (c - d)\n" },
        { "power is left-associative with multiplication", "a = b ** (c ** d) * e\nf = (b ** c) ** d", "a = b ** (c ** d) * e\nf = b ** c ** d\n" },
        { "bitwise binds looser than comparison", "a = (b & c) == d\ne = b & (c == d)", "a = (b & c) == d\ne = b & c == d\n" },
        { "shift binds looser than addition", "a = (1 << 2) + 3\nb = 1 << (2 + 3)", "a = (1 << 2) + 3\nb = 1 << 2 + 3\n" },
        { "comparison binds looser than shift", "(a < b) << 1 {\n}", "(a < b) << 1 {\n}\n" },
        { "logical operators share a level", "(a || b) && c {\n}\na || (b && c) {\n}", "a || b && c {\n}\na || (b && c) {\n}\n" },
        { "match inside logical", "$1 =~ /a/ && ($2 !~ /b/ || x) {\n}", "$1 =~ /a/ && ($2 !~ /b/ || x) {\n}\n" },
        { "not", "a = ~b\nc = ~(b + 1)\nd = ~~b", "a = ~b\nc = ~(b + 1)\nd = ~~b\n" },
        { "not of an increment and increment of a not", "a = ~b++\nc = (~b)++", "a = ~b++\nc = (~b)++\n" },
        { "negative literals", "a = b - -1\nc = -1.5 * -2", "a = b - -1\nc = -1.5 * -2\n" },
        { "float spelling is kept", "a = 1.50e3 + .5", "a = 1.50e3 + .5\n" },
        { "expression statement that needs parentheses", "(a + b)\n(~a)", "(a + b)\n(~a)\n" },
        { "condition on a constant", "const A /a/\nA {\n}", "const A /a/\nA {\n}\n" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Construct_prints_as_canonical_source(string construct, string source, string expected)
    {
        SyntaxTestSupport.Reprint(source).Should().Be(expected, construct);
        SyntaxTestSupport.Reprint(expected).Should().Be(expected, "the canonical form of {0} is a fixed point", construct);
    }
}
