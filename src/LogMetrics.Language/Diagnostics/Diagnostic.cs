using System.Globalization;

namespace LogMetrics.Language.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>
/// Where a diagnostic points, as mtail prints it: the file's base name, a 1-based line, and 1-based
/// start and end byte columns on that line. An empty <see cref="File"/> with line 0 is mtail's
/// "no position" (used by the recursion-depth limit).
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int StartColumn, int EndColumn)
{
    /// <summary>mtail's form: <c>file:line:col</c>, or <c>file:line:col-endcol</c> when the span is wider than one column.</summary>
    public override string ToString() => EndColumn > StartColumn
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{StartColumn}-{EndColumn}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{StartColumn}");
}

/// <summary>
/// One problem found in a program. <see cref="Message"/> keeps mtail's wording; a second line of
/// advice, where mtail gives one, is in <see cref="Hint"/>.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    SourceLocation Location,
    string Message,
    string? Hint = null)
{
    /// <summary>mtail's rendering: <c>file:line:col-end: message</c>, the hint on a tab-indented second line.</summary>
    public override string ToString() =>
        Hint is null ? $"{Location}: {Message}" : $"{Location}: {Message}\n\t{Hint}";
}
