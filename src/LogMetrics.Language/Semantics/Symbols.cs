using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Semantics;

public enum SymbolKind
{
    Variable,
    Capref,
    Decorator,
    Pattern,
}

/// <summary>A named program object: a metric, a capture group, a decorator or a pattern constant.</summary>
public sealed class Symbol(string name, SymbolKind kind, SourcePos pos, MtailType type)
{
    public string Name { get; set; } = name;

    public SymbolKind Kind { get; } = kind;

    public SourcePos Pos { get; } = pos;

    public MtailType Type { get; set; } = type;

    public bool Used { get; set; }

    /// <summary>What the symbol stands for: a <see cref="DeclSyntax"/>, <see cref="ConstSyntax"/>, <see cref="DefSyntax"/>, or the pattern declaring a capture group.</summary>
    public SyntaxNode? Binding { get; set; }

    /// <summary>For a capture group: its group number.</summary>
    public int Index { get; init; }

    /// <summary>For a capture group: the pattern whose match it reads.</summary>
    public CheckedPattern? Pattern { get; init; }

    public static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.Variable => "variable",
        SymbolKind.Capref => "capture group reference",
        SymbolKind.Decorator => "decorator",
        _ => "named pattern constant",
    };
}

/// <summary>
/// A scope. As in mtail, names are unique per scope whatever their kind, lookups walk outwards and
/// match the kind, and a decorator's scope is a flat copy of everything visible at its <c>next</c>.
/// </summary>
public sealed class Scope(Scope? parent)
{
    readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);
    readonly List<Symbol> _order = [];
    // Which symbols _order holds: a list scan made a scope of n declarations cost n².
    readonly HashSet<Symbol> _ordered = new(ReferenceEqualityComparer.Instance);

    public Scope? Parent { get; } = parent;

    public int Count => _symbols.Count;

    /// <summary>The symbols in the order they were declared (each once, aliases included once).</summary>
    public IReadOnlyList<Symbol> Symbols => _order;

    /// <summary>Inserts under the symbol's name; returns the existing symbol instead when the name is taken.</summary>
    public Symbol? Insert(Symbol symbol) => InsertAlias(symbol, symbol.Name);

    public Symbol? InsertAlias(Symbol symbol, string alias)
    {
        if (_symbols.TryGetValue(alias, out var existing))
        {
            return existing;
        }
        _symbols[alias] = symbol;
        if (_ordered.Add(symbol))
        {
            _order.Add(symbol);
        }
        return null;
    }

    public Symbol? Lookup(string name, SymbolKind kind)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._symbols.TryGetValue(name, out var symbol) && symbol.Kind == kind)
            {
                return symbol;
            }
        }
        return null;
    }

    /// <summary>
    /// Copies every symbol visible from <paramref name="other"/>, innermost first, each under its own
    /// name only: a named capture group is copied by its name, not its number (mtail's decorators
    /// see <c>$name</c> but not <c>$1</c> for it).
    /// </summary>
    public void CopyFrom(Scope other)
    {
        for (var scope = other; scope is not null; scope = scope.Parent)
        {
            foreach (var symbol in scope._order)
            {
                InsertAlias(symbol, symbol.Name);
            }
        }
    }
}
