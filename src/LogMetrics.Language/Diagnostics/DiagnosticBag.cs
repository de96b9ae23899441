using System.Collections.Immutable;

namespace LogMetrics.Language.Diagnostics;

/// <summary>Collects the diagnostics of one compilation, in the order they are found.</summary>
public sealed class DiagnosticBag
{
    readonly List<Diagnostic> _items = [];

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
    }

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
