using LogMetrics.Language.Diagnostics;

namespace LogMetrics.Language.Parsing;

/// <summary>Diagnostics of the lexing and parsing stages (codes MT1xxx and MT2xxx).</summary>
public static class ParseDiagnostics
{
    /// <summary>Input the lexer could not read: an unexpected character, an unterminated string or regex, a bad number.</summary>
    public static Diagnostic Lexical(SourceLocation at, string message) =>
        new("MT1001", DiagnosticSeverity.Error, at, message);

    /// <summary>A token the grammar does not allow where it stands.</summary>
    public static Diagnostic Syntax(SourceLocation at, string message) =>
        new("MT2001", DiagnosticSeverity.Error, at, message);
}
