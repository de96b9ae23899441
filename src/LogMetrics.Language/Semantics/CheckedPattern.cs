using LogMetrics.Language.Patterns;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

/// <summary>
/// A pattern after checking: the full RE2 text (constants and concatenations resolved) and its
/// .NET translation. An empty <see cref="Source"/> is mtail's empty regex (a non-constant
/// right-hand side of <c>=~</c> compiles to it and always matches).
/// </summary>
public sealed record CheckedPattern(ExprSyntax Node, string Source, TranslatedPattern? Translated);
