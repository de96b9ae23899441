namespace LogMetrics.Language.Patterns;

/// <summary>
/// Node kinds of the RE2 syntax tree. The order matters: like Go's regexp/syntax, merging
/// single-character alternatives keeps the "more complex" of Literal &lt; CharClass &lt; AnyCharNotNL &lt; AnyChar.
/// </summary>
internal enum Re2Op
{
    NoMatch = 1,
    EmptyMatch,
    Literal,
    CharClass,
    AnyCharNotNL,
    AnyChar,
    BeginLine,
    EndLine,
    BeginText,
    EndText,
    WordBoundary,
    NoWordBoundary,
    Capture,
    Star,
    Plus,
    Quest,
    Repeat,
    Concat,
    Alternate,

    // Parser-stack markers only; never left in a finished tree.
    LeftParen = 128,
    VerticalBar,
}

/// <summary>Parse flags, as in Go's regexp/syntax (only those mtail's syntax.Perl mode can reach).</summary>
[Flags]
internal enum Re2Flags
{
    None = 0,
    FoldCase = 1,
    ClassNL = 4,
    DotNL = 8,
    OneLine = 16,
    NonGreedy = 32,
    PerlX = 64,
    UnicodeGroups = 128,
    WasDollar = 256,

    Perl = ClassNL | OneLine | PerlX | UnicodeGroups,
}
