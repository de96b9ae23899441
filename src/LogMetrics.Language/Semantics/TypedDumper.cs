using System.Globalization;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

/// <summary>
/// The S-expression dump with what the checker learned, for <c>-dump_ast_types</c>: each
/// expression's inferred type and each declaration's metric type as <c>&lt;Type&gt;</c>, and for
/// names, capture references and decorator uses the symbol they resolved to and where it was declared.
/// </summary>
public static class TypedDumper
{
    public static string Dump(CheckedProgram program)
    {
        var metricTypes = new Dictionary<SyntaxNode, MtailType>(ReferenceEqualityComparer.Instance);
        foreach (var metric in program.Metrics)
        {
            metricTypes[metric.Decl] = metric.Symbol.Type;
        }
        return SexpDumper.Dump(program.Root, program.Name, node => Note(program, metricTypes, node));
    }

    static SexpNote Note(CheckedProgram program, Dictionary<SyntaxNode, MtailType> metricTypes, SyntaxNode node)
    {
        var type = node switch
        {
            ExprSyntax expr => program.Model.GetType(expr),
            DeclSyntax decl => metricTypes.GetValueOrDefault(decl),
            _ => null,
        };
        var symbol = program.Model.GetSymbol(node);
        return new SexpNote(type is null ? null : Describe(type), symbol is null ? null : Describe(symbol, program.Name));
    }

    // The type after unification, as mtail's checker prints types.
    static string Describe(MtailType type) => type.Root.ToString() ?? "?";

    static string Describe(Symbol symbol, string file)
    {
        var where = symbol.Pos.ToLocation(file);
        return symbol.Kind switch
        {
            SymbolKind.Capref => string.Create(CultureInfo.InvariantCulture, $"capture group {symbol.Index} declared at {where}"),
            SymbolKind.Variable => $"metric {symbol.Name} declared at {where}",
            SymbolKind.Decorator => $"decorator {symbol.Name} declared at {where}",
            SymbolKind.Pattern => $"pattern constant {symbol.Name} declared at {where}",
            _ => $"{symbol.Kind} {symbol.Name} declared at {where}",
        };
    }
}
