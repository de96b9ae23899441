using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

/// <summary>
/// (RE2 pattern, input, what Go's FindStringSubmatch returns). A null row means no match; a
/// null group means the group did not participate. Expectations follow Go's documented
/// semantics; rows marked "mtail" were also checked against /usr/bin/mtail (rc50).
/// </summary>
public sealed class Re2MatchSemanticsTests
{
    public static TheoryData<string, string, string?[]?> Cases => new()
    {
        // Anchors: without (?m) ^ and $ are text anchors, and $ does not match before a final \n.
        { "^abc$", "abc", ["abc"] },
        { "^abc$", "abc\n", null },
        { "abc$", "abc\n", null },
        { "^x", "abc\nx", null },
        { "(?m)^x", "abc\nx", ["x"] },
        { "(?m)abc$", "abc\nx", ["abc"] },
        { "(?m)^$", "a\n", [""] },
        { @"\Aab", "ab", ["ab"] },
        { @"ab\z", "ab\n", null },
        { @"(?m)a\z", "a\n", null },

        // Dot excludes \n unless (?s); negated classes and \D include \n.
        { "a.c", "a\nc", null },
        { "(?s)a.c", "a\nc", ["a\nc"] },
        { "(?s)a(?-s:.)", "a\n", null },
        { "(?s:.)(?-s:.)", "\n\n", null },
        { "[^a]", "\n", ["\n"] },
        { @"\D", "\n", ["\n"] },
        { "[^\\n]+", "ab\ncd", ["ab"] },

        // Perl classes are ASCII-only.
        { @"\d+", "٣٤٥12", ["12"] },
        { @"^\d+$", "٣٤٥", null }, // mtail
        { @"\w+", "café", ["caf"] }, // mtail
        { @"\W", "é", ["é"] },
        { @"\s+", "a\u00A0\t b", ["\t "] },
        { @"\s", "\v", null }, // mtail
        { @"\S+", "ab\u00A0c d", ["ab\u00A0c"] },
        { @"\bfoo\b", "éfooé", ["foo"] }, // mtail
        { @"\Bfoo", "éfoo", null }, // mtail
        { @"\Boo", "foo", ["oo"] },
        { @"\b", "", null },
        { @"\B", "", [""] },

        // POSIX classes.
        { "[[:alpha:]]+", "café", ["caf"] },
        { "[[:^digit:]]+", "ab12", ["ab"] },
        { "[[:word:]]+", "a_b-c", ["a_b"] },
        { "[[:space:]]", "\v", ["\v"] },
        { "[[:punct:]]+", "a!-/b", ["!-/"] },
        { "[[:xdigit:]]+", "xBeeFz", ["BeeF"] },

        // Unicode classes: categories, and scripts (not .NET's blocks).
        { @"\pL+", "café1", ["café"] },
        { @"\p{Lu}+", "abcDEF", ["DEF"] },
        { @"\PL+", "ab12", ["12"] },
        { @"\pN+", "x٣٤", ["٣٤"] },
        { @"\p{Greek}+", "abcαβγ", ["αβγ"] },
        { @"\p{Greek}", "\u1F00", ["\u1F00"] }, // mtail
        { @"\p{Greek}", "\u03E2", null }, // mtail
        { @"\p{^Greek}+", "αβabc", ["abc"] },
        { @"\P{^Greek}+", "abαβ", ["αβ"] },
        { @"\p{Han}+", "x漢字y", ["漢字"] },
        { @"[\p{Latin}\d]+", "αab1β", ["ab1"] },
        { @"\p{Any}+", "a\nb", ["a\nb"] },

        // One code point per class or dot, also above U+FFFF.
        { "^.$", "😀", ["😀"] }, // mtail
        { "^..$", "😀", null }, // mtail
        { @"^\pL$", "𝐀", ["𝐀"] },
        { "^[^a]$", "😀", ["😀"] },

        // Runs of whole code points under * and +, emitted as one plain set (see ClassEmitter.TryEmitUnbounded).
        { @"^(\S+) (\S+)$", "a😀b 😀", ["a😀b 😀", "a😀b", "😀"] },
        { "^(.+)😀(.*)$", "x😀y😀z", ["x😀y😀z", "x😀y", "z"] },
        { @"^([^""]*)""", "😀😀\"", ["😀😀\"", "😀😀"] },
        { @"^[a-z]+$", "ab😀", null },
        { @"^\p{Any}*$", "😀\n😀", ["😀\n😀"] },
        { @"^\x{1F600}$", "😀", ["😀"] },
        { @"^[\x{1F600}-\x{1F64F}]+$", "😀🙏", ["😀🙏"] },
        { "(.+)(.)", "a😀", ["a😀", "a", "😀"] }, // mtail
        { "^😀+$", "😀😀", ["😀😀"] },

        // Escapes.
        { @"\x41", "A", ["A"] },
        { @"\x{263a}", "☺", ["☺"] },
        { @"\101", "A", ["A"] },
        { @"\0", "\0", ["\0"] },
        { @"\12", "\n", ["\n"] },
        { @"\a\f\t\n\r\v", "\a\f\t\n\r\v", ["\a\f\t\n\r\v"] },
        { @"a\.b", "axb a.b", ["a.b"] },
        { @"\Q.*\E", "a.*b", [".*"] },
        { @"\Qab", "xab", ["ab"] },
        { @"\Qab\E+", "abbb", ["abbb"] },
        { @"\_", "_", ["_"] },
        { @"\#\ \-", "# -", ["# -"] },

        // Character class edge cases.
        { "[]a]+", "]a]", ["]a]"] },
        { "[^]a]", "]ab", ["b"] },
        { "[a-]+", "a-a", ["a-a"] },
        { "[-a]+", "-a", ["-a"] },
        { @"[\d.]+", "1.5x", ["1.5"] },
        { @"[a\]]+", "a]", ["a]"] },
        { @"[\x41-\x43]+", "ABCD", ["ABC"] },
        { @"[\[\]]+", "[]", ["[]"] },
        { "[a^]+", "^a", ["^a"] },
        { @"[\\]", "\\", ["\\"] },

        // Counted repetition; malformed counts are literal text.
        { "a{2}", "aaa", ["aa"] },
        { "a{2,}", "aaaa", ["aaaa"] },
        { "a{1,2}", "aaa", ["aa"] },
        { "a{,2}", "a{,2}", ["a{,2}"] },
        { "a{2", "a{2", ["a{2"] },
        { "a{01}", "a{01}", ["a{01}"] },
        { "{", "{", ["{"] },
        { "x{0}y", "y", ["y"] },
        { "(?:a{2}){3}", "aaaaaaa", ["aaaaaa"] },
        { "a{2,3}?", "aaa", ["aa"] },

        // Laziness, and (?U) swapping greedy and lazy.
        { "a+?", "aaa", ["a"] },
        { "(?U)a+", "aaa", ["a"] },
        { "(?U)a+?", "aaa", ["aaa"] },
        { "(?U:a*)b", "aab", ["aab"] },
        { "<(.+?)>", "<a><b>", ["<a>", "a"] },
        { "^<(?P<m>.+?)>", "<a><b>", ["<a>", "a"] }, // mtail

        // Case folding uses Go's simple folding orbits.
        { "(?i)abc", "xABC", ["ABC"] },
        { "(?i)^error", "Error there", ["Error"] }, // mtail
        { "(?i:a)b", "Ab", ["Ab"] },
        { "(?i:a)b", "AB", null },
        { "(?i)a(?-i)b", "AB", null },
        { "(?i)k", "\u212A", ["\u212A"] }, // mtail
        { "(?i)\u212A", "k", ["k"] },
        { "(?i)s", "\u017F", ["\u017F"] },
        { "(?i)i", "\u0130", null }, // mtail
        { "(?i)ß", "ẞ", ["ẞ"] }, // mtail
        { "(?i)ss", "ß", null },
        { "(?i)σ", "ς", ["ς"] }, // mtail
        { "(?i)\u01C6", "\u01C5", ["\u01C5"] },
        { "(?i)[a-c]+", "AbC", ["AbC"] },
        { "(?i)[^k]", "\u212A", null }, // mtail
        { @"(?i)\w", "\u212A", ["\u212A"] }, // mtail
        { @"(?i)\W", "\u017F", null }, // mtail
        { @"(?i)\p{Lu}", "a", ["a"] }, // mtail
        { "(?i)é", "É", ["É"] },
        { "(?i)\U00010400", "\U00010428", ["\U00010428"] },

        // Alternation is leftmost-first, and groups are numbered left to right.
        { "ab|abc", "abcd", ["ab"] },
        { "^(?P<w>ab|abc)", "abcd", ["ab", "ab"] }, // mtail
        { "(a|ab)(c|bcd)(d*)", "abcd", ["abcd", "a", "bcd", ""] },
        { "(a)|(b)", "b", ["b", null, "b"] },
        { "a|", "b", [""] },
        { "(a)?b", "b", ["b", null] },
        { "(?P<first>\\w+) (\\w+) (?P<third>\\w+)", "a b c", ["a b c", "a", "b", "c"] },
        { "abc|abd", "abd", ["abd"] },
        { "a|b|[cd]", "d", ["d"] },
        { "(?:x|y)+", "xyyx!", ["xyyx"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Translated_patterns_match_like_Go(string pattern, string input, string?[]? expected)
    {
        PatternAssert.FindSubmatch(pattern, input).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    // The linear engine runs risky patterns and long lines (LineRegex): it must agree with Go as well.
    // Word boundaries are spelled with lookaround, which it cannot run; LineRegex keeps those compiled.
    [Theory]
    [MemberData(nameof(Cases))]
    public void The_linear_engine_matches_like_Go_too(string pattern, string input, string?[]? expected)
    {
        Assert.SkipWhen(PatternAssert.Translate(pattern).HasWordBoundary, "word boundaries never run on the linear engine");
        PatternAssert.FindSubmatch(pattern, input, System.Text.RegularExpressions.RegexOptions.NonBacktracking)
            .Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Options_never_include_ExplicitCapture_or_IgnoreCase()
    {
        var translated = PatternAssert.Translate("(?i)(a)(?P<b>b)");
        translated.Options.Should().HaveFlag(System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        translated.Options.Should().NotHaveFlag(System.Text.RegularExpressions.RegexOptions.ExplicitCapture);
        translated.Options.Should().NotHaveFlag(System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    [Fact]
    public void Source_is_the_pattern_as_written()
    {
        Re2Translator.TryTranslate(@"^(\d+)$", out var result, out _).Should().BeTrue();
        result!.Source.Should().Be(@"^(\d+)$");
    }
}
