using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary><c>len</c>, <c>tolower</c> and <c>subst</c>, with mtail 3.0.0-rc50's results.</summary>
public sealed class StringBuiltinTests
{
    static string Eval(string expression, string line, string pattern = @"(?P<s>.*)")
    {
        var harness = ProgramHarness.Load($$"""
            text t
            /^{{pattern}}$/ {
              t = {{expression}}
            }
            """).Feed(line);
        harness.LastRuntimeError.Should().BeNull();
        return harness.Text("t");
    }

    public static TheoryData<string, string, string> Lengths => new()
    {
        { "ASCII", "HeLLo", "5" },
        { "UTF-8 bytes, not characters", "ÉCOLE ÀÖ", "11" },
        { "empty", "", "0" },
        { "a rune outside the BMP is 4 bytes", "𐐀", "4" },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Len_counts_utf8_bytes(string description, string line, string expected) =>
        Eval("len($s)", line).Should().Be(expected, description);

    public static TheoryData<string, string, string> Lowered => new()
    {
        { "ASCII", "HeLLo", "hello" },
        { "Latin-1", "ÀÉÎ", "àéî" },
        { "the Turkish dotted capital I becomes a plain i, as in Go", "İSTANBUL", "istanbul" },
        { "Greek capitals, no final sigma", "ΣΑΣ", "σασ" },
        { "symbols that are letters: theta symbol, Ohm, Kelvin, Angstrom", "ϴΩKÅ", "θωkå" },
        { "title-case digraphs", "ǅǄǈ", "ǆǆǉ" },
        { "capital sharp s", "ẞ", "ß" },
        { "Glagolitic, Cyrillic, full-width, Deseret, Adlam", "ⰀꙀＡ𐐀𞤀", "ⰰꙁａ𐐨𞤢" },
        { "Cherokee", "ᏸᎠꭰ", "ᏸꭰꭰ" },
    };

    [Theory]
    [MemberData(nameof(Lowered))]
    public void Tolower_is_gos_simple_lower_case_mapping(string description, string line, string expected) =>
        Eval("tolower($s)", line).Should().Be(expected, description);

    public static TheoryData<string, string, string, string> Substitutions => new()
    {
        { "string: every occurrence", "subst($a, $b, $s)", ", ; a,b,c", "a;b;c" },
        { "string: the replacement is literal", "subst($a, $b, $s)", "b $0 abbc", "a$0$0c" },
        { "string: no occurrence", "subst($a, $b, $s)", "x y héé", "héé" },
        { "string: an empty old string inserts before every rune and at the end", "subst(\"\", \"-\", $s)", "x y héé", "-h-é-é-" },
        { "string literals", "subst(\",\", \";\", $s)", "x y a,b,c", "a;b;c" },
        { "regex: every match", "subst(/[a-c]/, \"X\", $s)", "x y abcd", "XXXd" },
        { "regex: the replacement is literal, no $1 expansion", "subst(/(b+)/, \"<$1>\", $s)", "x y abbc", "a<$1>c" },
        { "regex: empty matches", "subst(/x*/, \"-\", $s)", "x y abc", "-a-b-c-" },
    };

    [Theory]
    [MemberData(nameof(Substitutions))]
    public void Subst_replaces_strings_and_regex_matches_literally(string description, string expression, string line, string expected) =>
        Eval(expression, line, @"(?P<a>\S*) (?P<b>\S*) (?P<s>\S+)").Should().Be(expected, description);
}
