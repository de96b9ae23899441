using LogMetrics.Language.Lexing;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Lexing;

/// <summary>Lexes a whole input in program mode, one token per string: <c>KIND text @line:start-end</c>.</summary>
internal static class Lexed
{
    public static string[] Tokens(string input) => Tokens(System.Text.Encoding.UTF8.GetBytes(input));

    public static string[] Tokens(byte[] input)
    {
        var lexer = new Lexer(SourceText.From("t.mtail", input));
        var tokens = new List<string>();
        while (true)
        {
            var token = lexer.NextToken();
            tokens.Add(token.ToString());
            if (token.Kind == TokenKind.EndOfFile || tokens.Count > 1000)
            {
                return [.. tokens];
            }
        }
    }

    /// <summary>Lexes <c>/</c> then asks for the regex body, as the parser does after a pattern's opening slash.</summary>
    public static string Regex(string input)
    {
        var lexer = new Lexer(SourceText.From("t.mtail", input));
        var slash = lexer.NextToken();
        slash.Kind.Should().Be(TokenKind.Div);
        return lexer.NextRegexToken().ToString();
    }
}
