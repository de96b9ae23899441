using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Semantics;

/// <summary>Limits the checker enforces (mtail's -max_regexp_length and -max_recursion_depth).</summary>
public sealed record CheckerLimits(int MaxRegexpLength = 1024, int MaxRecursionDepth = 100);

/// <summary>
/// mtail's semantic checker: scopes and symbols, type inference by unification, capture groups
/// declared by the patterns that precede their use, decorator rules, unused declarations, and the
/// regex and nesting limits. It reports every error it finds, with mtail's messages and positions.
/// </summary>
public sealed partial class Checker
{
    readonly string _file;
    readonly DiagnosticBag _diagnostics;
    readonly CheckerLimits _limits;
    readonly SemanticModel _model = new();
    readonly List<Scope> _decoratorScopes = [];
    readonly ImmutableArray<CheckedMetric>.Builder _metrics = ImmutableArray.CreateBuilder<CheckedMetric>();
    Scope _scope = new(null);
    int _nextVariable;
    int _depth;
    bool _tooDeep;

    Checker(string file, DiagnosticBag diagnostics, CheckerLimits limits)
    {
        _file = file;
        _diagnostics = diagnostics;
        _limits = limits with
        {
            MaxRegexpLength = limits.MaxRegexpLength == 0 ? 1024 : limits.MaxRegexpLength,
            MaxRecursionDepth = limits.MaxRecursionDepth == 0 ? 100 : limits.MaxRecursionDepth,
        };
    }

    /// <summary>Checks a parsed program; errors go to <paramref name="diagnostics"/>.</summary>
    public static CheckedProgram Check(string name, BlockSyntax root, DiagnosticBag diagnostics, CheckerLimits? limits = null)
    {
        var checker = new Checker(name, diagnostics, limits ?? new CheckerLimits());
        checker.VisitBlock(root);
        var metrics = checker._metrics.ToImmutable()
            .Select(m => m with { ValueKind = ValueKindOf(m) })
            .ToImmutableArray();
        return new CheckedProgram(name, root, checker._model, metrics);
    }

    static MetricValueKind ValueKindOf(CheckedMetric metric)
    {
        if (metric.Decl.Kind == MetricKindSyntax.Histogram)
        {
            return MetricValueKind.Buckets;
        }
        var type = ValueTypeOf(metric.Symbol.Type);
        return Types.Equals(type, Types.Float) ? MetricValueKind.Float
            : Types.Equals(type, Types.String) ? MetricValueKind.String
            : MetricValueKind.Int;
    }

    /// <summary>The value part of a metric's type (the last dimension of a dimensioned metric).</summary>
    public static MtailType ValueTypeOf(MtailType metricType) =>
        metricType.Root is TypeOperator { Name: "⨯" } dim ? dim.Args[^1].Root : metricType.Root;

    TypeVariable NewVariable() => new(_nextVariable++);

    // Once the depth limit is hit mtail stops checking altogether (its walk visits nothing more and
    // skips every after-visit, unused-symbol checks included), so no further error is reported.
    void Error(SourcePos pos, string message, string? hint = null) => Report(pos.ToLocation(_file), message, hint);

    void Report(SourceLocation at, string message, string? hint = null)
    {
        if (!_tooDeep)
        {
            _diagnostics.Add(new Diagnostic(CheckDiagnostics.CodeFor(message), DiagnosticSeverity.Error, at, message, hint));
        }
    }

    string Where(SourcePos pos) => pos.ToLocation(_file).ToString();

    // mtail counts the depth of its tree walk and stops descending past the limit; the node that
    // crossed it is reported, at mtail's "no position" when it has none (an empty list). Running
    // short of stack counts as crossing the limit, so a huge -max_recursion_depth cannot crash us.
    // The position is computed only then, without recursion: the node's subtree may be very deep.
    bool Enter<T>(T node, Func<T, SourcePos?> where)
    {
        if (_tooDeep)
        {
            return false;
        }
        if (_depth < _limits.MaxRecursionDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth++;
            return true;
        }
        var message = $"Expression exceeded maximum recursion depth of {_limits.MaxRecursionDepth}";
        Report(where(node) is { } pos ? pos.ToLocation(_file) : new SourceLocation("", 0, 0, 0), message);
        _tooDeep = true;
        return false;
    }

    static readonly Func<ExprSyntax, SourcePos?> ExprPos = static e => SyntaxPositions.Of(e);
    static readonly Func<StmtSyntax, SourcePos?> StmtPos = SyntaxPositions.Of;
    static readonly Func<ImmutableArray<ExprSyntax>, SourcePos?> ListPos = SyntaxPositions.OfList;

    void Leave() => _depth--;

    // Reports declarations of this scope that nothing used.
    void CheckUnused(Scope scope)
    {
        foreach (var symbol in scope.Symbols)
        {
            if (!symbol.Used && symbol.Kind != SymbolKind.Capref)
            {
                Error(symbol.Pos, $"Declaration of {Symbol.Describe(symbol.Kind)} `{symbol.Name}' here is never used.");
            }
        }
    }
}
