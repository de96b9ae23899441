namespace LogMetrics.Language.Lexing;

/// <summary>The spellings mtail's parser uses for token kinds in messages.</summary>
public static class TokenKindNames
{
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "$end",
        TokenKind.Invalid => "INVALID",
        TokenKind.IntLiteral => "INTLITERAL",
        TokenKind.FloatLiteral => "FLOATLITERAL",
        TokenKind.DurationLiteral => "DURATIONLITERAL",
        TokenKind.CaprefNamed => "CAPREF_NAMED",
        TokenKind.AddAssign => "ADD_ASSIGN",
        TokenKind.NotMatch => "NOT_MATCH",
        TokenKind.BitAnd => "BITAND",
        TokenKind.BitOr => "BITOR",
        TokenKind.NewLine => "NL",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
