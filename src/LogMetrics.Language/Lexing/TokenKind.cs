namespace LogMetrics.Language.Lexing;

/// <summary>
/// Token kinds. The names are the ones mtail's parser prints in syntax errors
/// (<c>unexpected RCURLY, expecting LCURLY</c>), so keep them as they are.
/// </summary>
public enum TokenKind
{
    EndOfFile,
    Invalid,

    // Metric kinds.
    Counter,
    Gauge,
    Timer,
    Text,
    Histogram,

    // Reserved words.
    After,
    As,
    Buckets,
    By,
    Const,
    Def,
    Del,
    Else,
    Hidden,
    Limit,
    Next,
    Otherwise,
    Stop,

    // Names and literals.
    Builtin,
    Regex,
    String,
    Capref,
    CaprefNamed,
    Id,
    Deco,
    IntLiteral,
    FloatLiteral,
    DurationLiteral,

    // Operators.
    Inc,
    Dec,
    Div,
    Mod,
    Mul,
    Minus,
    Plus,
    Pow,
    Shl,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    BitAnd,
    Xor,
    BitOr,
    Not,
    And,
    Or,
    AddAssign,
    Assign,
    Match,
    NotMatch,

    // Punctuation.
    LCurly,
    RCurly,
    LParen,
    RParen,
    LSquare,
    RSquare,
    Comma,
    NewLine,
}
