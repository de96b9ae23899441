using System.Collections.Immutable;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

/// <summary>The value type a metric stores, as mtail decides it from the inferred type.</summary>
public enum MetricValueKind
{
    Int,
    Float,
    String,
    Buckets,
}

/// <summary>A declared metric with its inferred value type.</summary>
public sealed record CheckedMetric(DeclSyntax Decl, Symbol Symbol, MetricValueKind ValueKind);

/// <summary>
/// A program that passed checking: its syntax tree plus the semantic model the checker built
/// for it (symbols of names, types of expressions, resolved patterns), keyed by node identity.
/// </summary>
public sealed class CheckedProgram
{
    internal CheckedProgram(string name, BlockSyntax root, SemanticModel model, ImmutableArray<CheckedMetric> metrics)
    {
        Name = name;
        Root = root;
        Model = model;
        Metrics = metrics;
    }

    /// <summary>The program's name: its file's base name, as in the <c>prog</c> label.</summary>
    public string Name { get; }

    public BlockSyntax Root { get; }

    public SemanticModel Model { get; }

    /// <summary>Every metric declaration, in source order, hidden ones included.</summary>
    public ImmutableArray<CheckedMetric> Metrics { get; }
}

/// <summary>What the checker learned about the nodes of one program.</summary>
public sealed class SemanticModel
{
    internal Dictionary<SyntaxNode, Symbol> SymbolOf { get; } = new(ReferenceEqualityComparer.Instance);
    internal Dictionary<SyntaxNode, MtailType> TypeOf { get; } = new(ReferenceEqualityComparer.Instance);
    internal Dictionary<SyntaxNode, CheckedPattern> PatternOf { get; } = new(ReferenceEqualityComparer.Instance);
    internal Dictionary<SyntaxNode, string> ConstText { get; } = new(ReferenceEqualityComparer.Instance);
    internal Dictionary<SyntaxNode, Scope> DecoratorScope { get; } = new(ReferenceEqualityComparer.Instance);
    internal HashSet<BinarySyntax> UntypedComparisons { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether a comparison of strings is mtail's untyped one (its left operand's String type is a
    /// builtin's own copy, or a metric's inferred type, not the shared one), which reads number-like
    /// strings as numbers.
    /// </summary>
    public bool IsUntypedComparison(BinarySyntax comparison) => UntypedComparisons.Contains(comparison);

    /// <summary>The group numbers of <paramref name="pattern"/> that capture references read.</summary>
    public IReadOnlySet<int> CaptureGroupsRead(CheckedPattern pattern) =>
        SymbolOf.Values.Where(s => s.Kind == SymbolKind.Capref && ReferenceEquals(s.Pattern, pattern)).Select(s => s.Index).ToHashSet();


    /// <summary>The symbol a name, capture reference or decorator use resolved to.</summary>
    public Symbol? GetSymbol(SyntaxNode node) => SymbolOf.GetValueOrDefault(node);

    /// <summary>The inferred type of an expression.</summary>
    public MtailType? GetType(ExprSyntax node) => TypeOf.GetValueOrDefault(node);

    /// <summary>The resolved pattern of a pattern node, a constant used as a pattern, or a match's right-hand side.</summary>
    public CheckedPattern? GetPattern(SyntaxNode node) => PatternOf.GetValueOrDefault(node);
}
