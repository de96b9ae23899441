using LogMetrics.Language.Text;

namespace LogMetrics.Language.Lexing;

/// <summary>
/// One token. <see cref="Text"/> is the token's value as mtail's lexer keeps it: a string literal
/// without quotes and with <c>\"</c> unescaped, a regex without slashes, a capture reference
/// without <c>$</c>, or an error message for <see cref="TokenKind.Invalid"/>.
/// </summary>
public readonly record struct Token(TokenKind Kind, string Text, SourcePos Pos)
{
    public override string ToString() => $"{Kind.Describe()} {Text} @{Pos.Line + 1}:{Pos.StartColumn + 1}-{Pos.EndColumn + 1}";
}
