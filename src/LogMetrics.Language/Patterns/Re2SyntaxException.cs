namespace LogMetrics.Language.Patterns;

/// <summary>
/// A parse failure carrying Go's error code text and offending fragment. Internal: it unwinds the
/// parser and is turned into an error string at the public boundary, which never throws.
/// </summary>
internal sealed class Re2SyntaxException : Exception
{
    public const string InvalidCharClass = "invalid character class";
    public const string InvalidCharRange = "invalid character class range";
    public const string InvalidEscape = "invalid escape sequence";
    public const string InvalidNamedCapture = "invalid named capture";
    public const string InvalidPerlOp = "invalid or unsupported Perl syntax";
    public const string InvalidRepeatOp = "invalid nested repetition operator";
    public const string InvalidRepeatSize = "invalid repeat count";
    public const string InvalidUtf8 = "invalid UTF-8";
    public const string MissingBracket = "missing closing ]";
    public const string MissingParen = "missing closing )";
    public const string MissingRepeatArgument = "missing argument to repetition operator";
    public const string TrailingBackslash = "trailing backslash at end of expression";
    public const string UnexpectedParen = "unexpected )";
    public const string NestingDepth = "expression nests too deeply";
    public const string Large = "expression too large";

    public Re2SyntaxException(string code, string expr)
        : base("error parsing regexp: " + code + ": `" + expr + "`")
    {
        Code = code;
        Expr = expr;
    }

    public Re2SyntaxException()
        : this(InvalidPerlOp, string.Empty)
    {
    }

    public Re2SyntaxException(string message)
        : base(message)
    {
        Code = string.Empty;
        Expr = string.Empty;
    }

    public Re2SyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
        Expr = string.Empty;
    }

    public string Code { get; }

    public string Expr { get; }
}
