using System.Text;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;
using LogMetrics.Tests.Language.Parsing;

namespace LogMetrics.Tests.Language.Robustness;

/// <summary>Input that is not a well-formed text file. Expected texts were checked against mtail rc50.</summary>
public sealed class BadInputTests
{
    static string Errors(byte[] program) =>
        FrontEnd.Render(MtailCompiler.Compile(SourceText.From(FrontEnd.File, program)).Diagnostics);

    public static TheoryData<string, byte[], string> Cases => new()
    {
        { "an empty file compiles", [], "" },
        { "a byte order mark is an unexpected character", [0xEF, 0xBB, 0xBF, .. "counter a\na++\n"u8], "t.mtail:1:1-3: Unexpected input: '\\ufeff'" },
        { "CRLF line ends compile: CR is white space", "counter a\r\n/x/ {\r\n  a++\r\n}\r\n"u8.ToArray(), "" },
        {
            "CR counts as a column before the newline",
            "counter a\r\n/x/\r\n"u8.ToArray(),
            "t.mtail:3:5: syntax error: statement with no effect, missing an assignment, `+' concatenation, or `{}' block?"
        },
        {
            "a CR inside a string is kept in the message",
            "counter a\r\na = \"abc\r\n"u8.ToArray(),
            "t.mtail:2:5-9: Unterminated quoted string: \"\\\"abc\r\"\nt.mtail:2:5-9: syntax error: unexpected INVALID, expecting BUILTIN"
        },
        { "invalid UTF-8 in a regex and a comment compiles", [.. "counter a\n/x"u8, 0xFF, .. "/ {\n  a++\n}\n# "u8, 0xFE, (byte)'\n'], "" },
        {
            "invalid UTF-8 where a name belongs",
            [.. "counter "u8, 0xFF, (byte)'a', (byte)'\n'],
            "t.mtail:1:9: Unexpected input: '\uFFFD'\nt.mtail:1:9: syntax error: unexpected INVALID, expecting STRING or ID"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_mtail_diagnostics(string description, byte[] program, string expected)
    {
        Errors(program).Should().Be(expected, description);
    }

    [Fact]
    public void A_nul_byte_is_an_unexpected_character_quoted_as_go_quotes_it()
    {
        Errors([.. "counter a\n"u8, 0, (byte)'\n']).Should().Be("t.mtail:2:1: Unexpected input: '\\x00'");
    }

    [Fact]
    public void Binary_garbage_gives_diagnostics_and_no_exception()
    {
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            var garbage = new byte[64 * 1024];
            random.NextBytes(garbage);

            var result = MtailCompiler.Compile(SourceText.From(FrontEnd.File, garbage));

            result.Succeeded.Should().BeFalse();
            result.Diagnostics.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void A_ten_megabyte_program_compiles()
    {
        var sb = new StringBuilder();
        var metric = 0;
        while (sb.Length < 10 * 1024 * 1024)
        {
            sb.Append("counter m").Append(metric).Append(" by k\n/^(?P<k>\\w+) ").Append(metric).Append("$/ {\n  m")
                .Append(metric).Append("[$k]++\n  m").Append(metric).Append("[$k] += 2\n}\n");
            metric++;
        }

        var result = FrontEnd.Compile(sb.ToString());

        result.Diagnostics.Should().BeEmpty();
        result.Program!.Metrics.Should().HaveCount(metric);
    }
}
