using System.Collections.Frozen;

namespace LogMetrics.Language.Lexing;

/// <summary>mtail's reserved words and builtin function names.</summary>
public static class Keywords
{
    /// <summary>Reserved words. Keep sorted.</summary>
    public static readonly FrozenDictionary<string, TokenKind> Reserved = new Dictionary<string, TokenKind>(StringComparer.Ordinal)
    {
        ["after"] = TokenKind.After,
        ["as"] = TokenKind.As,
        ["buckets"] = TokenKind.Buckets,
        ["by"] = TokenKind.By,
        ["const"] = TokenKind.Const,
        ["counter"] = TokenKind.Counter,
        ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del,
        ["else"] = TokenKind.Else,
        ["gauge"] = TokenKind.Gauge,
        ["hidden"] = TokenKind.Hidden,
        ["histogram"] = TokenKind.Histogram,
        ["limit"] = TokenKind.Limit,
        ["next"] = TokenKind.Next,
        ["otherwise"] = TokenKind.Otherwise,
        ["stop"] = TokenKind.Stop,
        ["text"] = TokenKind.Text,
        ["timer"] = TokenKind.Timer,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Builtin function names, lexed as BUILTIN. Keep sorted. <c>defined</c> (mtail 3.3+) is not
    /// here: it stays an identifier so that 3.0 programs naming a metric <c>defined</c> still compile,
    /// and the parser treats <c>defined(</c> as the builtin.
    /// </summary>
    public static readonly FrozenSet<string> Builtins = new[]
    {
        "bool", "float", "getfilename", "int", "len", "settime", "string", "strptime", "strtol", "subst", "timestamp", "tolower",
    }.ToFrozenSet(StringComparer.Ordinal);
}
