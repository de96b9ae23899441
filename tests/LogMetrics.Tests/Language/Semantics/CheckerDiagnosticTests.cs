using LogMetrics.Tests.Language.Parsing;

namespace LogMetrics.Tests.Language.Semantics;

/// <summary>
/// Every checker and code-generation diagnostic, with exact message, hint and position. Each
/// expected text is what mtail rc50 printed for the same program under -compile_only, except the
/// rows marked "differs": mtail's "Internal compiler error" messages end with Go dumps of its
/// syntax nodes (`&amp;ast.VarDecl{…}`, `on node &amp;{…}`) and print operators as token numbers
/// (`op 57398`); logmetrics names the metric or operator instead and keeps the position.
/// </summary>
public sealed class CheckerDiagnosticTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "undeclared lower-case name", "x++\n", "t.mtail:1:1: Identifier `x' not declared.\n\tTry adding `counter x' to the top of the program." },
        { "undeclared upper-case name", "X {\n}\n", "t.mtail:1:1: Identifier `X' not declared.\n\tTry adding `const X /.../' earlier in the program.\nt.mtail:1:1: Can't interpret type error as a boolean expression here.\n\tTry using comparison operators to make the condition explicit." },
        { "numbered capture group not defined", "counter a\n/x/ {\n  a = $1\n}\n", "t.mtail:3:7-8: Capture group `$1' was not defined by a regular expression visible to this scope.\n\tCheck that there are at least 1 pairs of parentheses." },
        { "named capture group not defined", "counter a\n/x/ {\n  a = $n\n}\n", "t.mtail:3:7-8: Capture group `$n' was not defined by a regular expression visible to this scope.\n\tTry using `(?P<n>...)' to name the capture group." },
        { "capture group beyond the pattern's groups", "counter a\n/(x)/ {\n  a[$2]++\n}\n", "t.mtail:3:5-6: Capture group `$2' was not defined by a regular expression visible to this scope.\n\tCheck that there are at least 2 pairs of parentheses." },
        { "capture group used in else compiles", "counter a by x\n/(\\d+)/ {\n} else {\n  a[$1]++\n}\n", "" },
        { "capture group outside its scope", "counter a by x\n/(\\d+)/ {\n}\na[$1]++\n", "t.mtail:4:3-4: Capture group `$1' was not defined by a regular expression visible to this scope.\n\tCheck that there are at least 1 pairs of parentheses." },
        { "metric redeclared", "counter foo\ncounter foo\nfoo++\n", "t.mtail:2:9-11: Redeclaration of metric `foo' previously declared at t.mtail:1:9-11" },
        { "decorator redeclared", "def d {\n  next\n}\ndef d {\n  next\n}\n@d {\n}\n", "t.mtail:4:1-3: Redeclaration of decorator `@d' previously declared at t.mtail:1:1-3" },
        { "constant redefined", "const X /a/\nconst X /b/\nX {\n}\n", "t.mtail:2:7: Redefinition of pattern constant `X' previously defined at t.mtail:1:7" },
        { "two regexes in one condition", "/^(?P<x>\\w+)/ && getfilename() =~ /log/ {\n}\n", "t.mtail:1:35-39: Redeclaration of capture group `0' previously declared at t.mtail:1:1-13" },
        { "unused metric", "counter a\n", "t.mtail:1:9: Declaration of variable `a' here is never used." },
        { "unused constant", "const X /a/\n", "t.mtail:1:7: Declaration of named pattern constant `X' here is never used." },
        { "unused decorator", "def d {\n  next\n}\n", "t.mtail:1:1-3: Declaration of decorator `d' here is never used." },
        { "buckets on a counter", "counter c buckets 1, 2\nc++\n", "t.mtail:1:9: Can't specify buckets for non-histogram metric `c'." },
        { "not enough keys", "counter a by x, y\na[1]++\n", "t.mtail:2:1-3: Not enough keys for indexed expression: expecting 2, received 1" },
        { "too many keys", "counter a by x\na[1, 2]++\n", "t.mtail:2:1-6: Too many keys for indexed expression: expecting 1, received 2." },
        { "index of a scalar", "counter a\na[1]++\n", "t.mtail:2:1-3: Index taken on unindexable expression" },
        { "assignment to a capture group", "/(\\d+)/ {\n  $1 = 2\n}\n", "t.mtail:2:3-4: Can't assign to expression on left; expecting a variable here." },
        { "increment of a text metric", "text t\nt++\n", "t.mtail:2:1: type mismatch: expecting an Int for INC, not String." },
        { "increment of a string capture", "/(\\S+)/ {\n  $1++\n}\n", "t.mtail:2:3-4: Can't assign to expression; expecting a variable here." },
        { "negation of None", "counter a\n/x/ {\n  a = ~$0\n}\n", "t.mtail:3:8-9: type mismatch; expected Int received None for `~' operator." },
        { "comparison with None", "settime(1) < 1 {\n}\n", "t.mtail:1:1-14: type mismatch: can't apply LT to LHS of type \"None\" with RHS of type \"Int\"." },
        { "int as a condition", "1 {\n}\n", "t.mtail:1:1: Can't interpret Int as a boolean expression here.\n\tTry using comparison operators to make the condition explicit." },
        { "float on the right of a match", "\"x\" =~ 1.5 {\n}\n", "t.mtail:1:1-10: type mismatch; expected Pattern received Float for MATCH operator." },
        { "strptime with an int layout", "strptime(\"x\", 1)\n", "t.mtail:1:15: Expecting a format string for argument 2 of strptime(), not Int." },
        { "strptime with a variable layout", "/(.*)/ {\n  strptime($1, $1)\n}\n", "t.mtail:2:3-18: Internal error: exprlist child is not string literal." },
        { "strptime with too few arguments", "strptime(\"x\")\n", "t.mtail:1:1-13: call to `strptime': type mismatch; expected String\u2192String\u2192None received incomplete type" },
        { "tolower of an int", "text t\nt = tolower(1)\n", "t.mtail:2:13: Expecting a String for argument 1 of tolower(), not Int." },
        { "len of None", "counter a\n/x/ {\n  a = len($0)\n}\n", "t.mtail:3:7-13: call to `len': type mismatch; expected String received None" },
        { "invalid regex", "/foo(/ {\n}\n", "t.mtail:1:1-6: error parsing regexp: missing closing ): `foo(`" },
        { "invalid character class", "/[[:alph:]]/ {\n}\n", "t.mtail:1:1-12: error parsing regexp: invalid character class range: `[:alph:]`" },
        { "literal division by zero", "counter a\na = 1 / 0\n", "t.mtail:2:5-9: divide by zero" },
        { "literal modulo by zero", "counter a\na = 1 % 0\n", "t.mtail:2:5-9: mod by zero" },
        { "division of a capture by zero", "counter a\n/(\\d+)/ {\n  a = $1 / 0\n}\n", "t.mtail:3:7-12: Can't divide by zero." },
        { "division by zero next to a folded sum", "counter a\na = 1 / 0 + (2 + 3)\n", "t.mtail:2:5-9: divide by zero" },
        { "undefined decorator", "@d {\n}\n", "t.mtail:1:1-2: Decorator `@d' is not defined.\n\tTry adding a definition `def d {}' earlier in the program." },
        { "decorator used inside its own definition", "def d {\n  @d {\n  }\n  next\n}\n", "t.mtail:2:3-4: Decorator `@d' is not completely defined yet.\n\tTry removing @d from here." },
        { "decorator without next", "def d {\n}\n@d {\n}\n", "t.mtail:1:1-3: No symbols found in decorator `@d'.\n\tTry adding a `next' statement inside the `{}' block." },
        { "next twice in a decorator", "def d {\n  next\n  next\n}\n@d {\n}\n", "t.mtail:3:3-6: Can't use `next' statement twice in a decorator." },
        { "next outside a decorator", "next\n", "t.mtail:1:1-4: Can't use `next' outside of a decorator." },
        { "del of a scalar", "counter a\ndel a\n", "t.mtail:2:5: Cannot delete this.\n\tTry deleting an index from this dimensioned metric." },
        { "del of a capture group", "/(.)/ {\n  del $1\n}\n", "t.mtail:2:7-8: Cannot delete this.\n\tTry deleting from a dimensioned metric with this as an index." },
        { "del of too few keys", "counter a by x, y\ndel a[1]\n", "t.mtail:2:5-7: Not enough keys for indexed expression: expecting 2, received 1" },
        { "histogram without buckets", "histogram h\nh = 1\n", "t.mtail:1:11: Internal compiler error, aborting compilation: a histogram need at least two boundaries\nt.mtail:2:1: Internal compiler error, aborting compilation: No metric bound to identifier \"h\"" },
        { "histogram with unsorted buckets", "histogram h buckets 2, 1\nh = 1\n", "t.mtail:1:11: Internal compiler error, aborting compilation: buckets boundaries must be sorted\nt.mtail:2:1: Internal compiler error, aborting compilation: No metric bound to identifier \"h\"" },
        { "counter assigned a string capture", "counter a\n/(\\S+)/ {\n  a = $1\n}\n", "t.mtail:1:9: Internal compiler error, aborting compilation: Can't initialize to zero a String-typed counter `a'\nt.mtail:3:3: Internal compiler error, aborting compilation: No metric bound to identifier \"a\"" },  // differs from mtail: see the class comment
        { "int of a float capture", "counter a\n/(\\d+\\.\\d+)/ {\n  a = int($1)\n}\n", "t.mtail:3:7-13: Internal compiler error, aborting compilation: can't convert \"Float\" to \"Int\"" },  // differs from mtail: see the class comment
        { "bitwise not stored in a gauge", "gauge g\ng = ~5\n", "t.mtail:2:1: Internal compiler error, aborting compilation: no opcode for type Bool in op ASSIGN" },  // differs from mtail: see the class comment
        { "bitwise and of a float", "counter a\na = 1.5 & 2\n", "" },
        { "logical and of a string", "counter a\n/x/ && \"s\" {\n}\n", "t.mtail:1:9: Declaration of variable `a' here is never used." },
        { "arithmetic on None", "counter a\na = settime(1) + 1\n", "t.mtail:2:5-18: type mismatch; can't apply PLUS to LHS of type \"None\" with RHS of type \"Int\"." },
        { "append a metric to a pattern", "counter e\n/x/ + e {\n}\n", "t.mtail:2:7: Can't append variable `e' to this pattern.\n\tTry using a `const'-defined pattern fragment." },
        { "constant used in its own definition", "const P /a/ + P\nP {\n}\n", "t.mtail:1:15: Can't evaluate pattern fragment `P' here.\n\tTry defining it earlier in the program." },
        { "bool builtin as a condition", "/(\\d+)/ {\n  bool($1) {\n  }\n}\n", "t.mtail:2:3-10: Can't interpret Bool as a boolean expression here.\n\tTry using comparison operators to make the condition explicit." },
        { "capture group typed Int used as a condition", "counter a\n/(?P<x>\\d+)/ && $x {\n  a++\n}\n", "" },
        { "string compared with int", "counter a\n/(\\S+)/ {\n  $1 > 2 {\n    a++\n  }\n}\n", "" },
        { "unused metric inside a block", "/x/ {\n  counter a\n}\n", "t.mtail:2:11: Declaration of variable `a' here is never used." },
        { "getfilename with an argument", "text t\nt = getfilename(1)\n", "t.mtail:2:5-18: call to `getfilename': type mismatch; expected \u2192 String received incomplete type" },
        { "subst with a regex", "text t\n/(\\S+)/ {\n  t = subst(/a/, \"b\", $1)\n}\n", "" },
        { "string concatenation into a counter", "counter a\n/(\\S+)/ {\n  a = $1 + \"x\"\n}\n", "t.mtail:1:9: Internal compiler error, aborting compilation: Can't initialize to zero a String-typed counter `a'\nt.mtail:3:3: Internal compiler error, aborting compilation: No metric bound to identifier \"a\"" },  // differs from mtail: see the class comment
        { "match inside arithmetic", "counter a\n/(x)/ {\n  a = 1 + ($1 =~ /x/)\n}\n", "t.mtail:3:12-20: Internal compiler error, aborting compilation: internal error: can't convert \"Bool\" to \"Int\"" },  // differs from mtail: see the class comment
        { "bool into arithmetic", "counter a\n/(\\d+)/ {\n  a = $1 + ($1 > 2)\n}\n", "t.mtail:3:13-18: Internal compiler error, aborting compilation: internal error: can't convert \"Bool\" to \"Int\"" },  // differs from mtail: see the class comment
        { "bool into comparison", "/(\\d+)/ {\n  (1 < 2) == $1 {\n  }\n}\n", "t.mtail:2:4-8: Internal compiler error, aborting compilation: internal error: can't convert \"Bool\" to \"Int\"" },  // differs from mtail: see the class comment
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checker_diagnostics_are_reported_as_mtail_reports_them(string description, string program, string expected)
    {
        FrontEnd.Errors(program).Should().Be(expected, description);
    }
}
