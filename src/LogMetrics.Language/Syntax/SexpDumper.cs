using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;

namespace LogMetrics.Language.Syntax;

/// <summary>What a later stage adds to a node's line in a dump: a type, and the symbol a name resolved to.</summary>
public readonly record struct SexpNote(string? Type, string? Reference);

/// <summary>
/// Dumps a syntax tree as an indented S-expression, for <c>-dump_ast</c>: one node per line as
/// <c>(Kind attributes @ file:line:col-end</c>, its children indented below it, and the closing
/// parentheses at the end of the last child's line. Literals appear as the printer spells them.
/// The output depends only on the tree, so it can be compared as text.
/// </summary>
public sealed class SexpDumper
{
    const string IndentUnit = "  ";

    readonly string? _file;
    readonly Func<SyntaxNode, SexpNote>? _annotate;
    readonly StringBuilder _out = new();

    SexpDumper(string? file, Func<SyntaxNode, SexpNote>? annotate)
    {
        _file = file;
        _annotate = annotate;
    }

    /// <summary>
    /// Dumps <paramref name="node"/> and everything under it; positions name <paramref name="file"/>.
    /// With a null file positions are left out, to compare the shapes of trees parsed from different text.
    /// </summary>
    public static string Dump(SyntaxNode node, string? file) => Dump(node, file, null);

    /// <summary>Dumps with a note per node (see <c>TypedDumper</c>): <c>&lt;Type&gt;</c> before the position, the reference after it.</summary>
    public static string Dump(SyntaxNode node, string? file, Func<SyntaxNode, SexpNote>? annotate)
    {
        var dumper = new SexpDumper(file, annotate);
        dumper.Write(node);
        return dumper._out.Append('\n').ToString();
    }

    // Depth-first with an explicit stack: fuzzed programs nest thousands of operators deep.
    void Write(SyntaxNode root)
    {
        var open = new Stack<(ImmutableArray<SyntaxNode> Children, int Next)>();
        WriteHeader(root, 0);
        open.Push((SyntaxWalker.ChildrenOf(root), 0));
        while (open.TryPop(out var frame))
        {
            if (frame.Next == frame.Children.Length)
            {
                _out.Append(')');
                continue;
            }
            open.Push((frame.Children, frame.Next + 1));
            var child = frame.Children[frame.Next];
            _out.Append('\n');
            WriteHeader(child, open.Count);
            open.Push((SyntaxWalker.ChildrenOf(child), 0));
        }
    }

    void WriteHeader(SyntaxNode node, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            _out.Append(IndentUnit);
        }
        _out.Append('(').Append(Describe(node));
        var note = _annotate?.Invoke(node) ?? default;
        if (note.Type is { } type)
        {
            _out.Append(" <").Append(type).Append('>');
        }
        if (_file is not null && node.Pos is { } pos)
        {
            _out.Append(" @ ").Append(pos.ToLocation(_file));
        }
        if (note.Reference is { } reference)
        {
            _out.Append(" -> ").Append(reference);
        }
    }

    /// <summary>A node's kind and the attributes that are not child nodes: one line of the dump, without position.</summary>
    public static string Describe(SyntaxNode node) => node switch
    {
        BlockSyntax => "Block",
        CondSyntax => "Cond",
        OtherwiseSyntax => "Otherwise",
        ExprStmtSyntax => "ExprStmt",
        DeclSyntax decl => "Decl " + SyntaxPrinter.Declaration(decl),
        ConstSyntax => "Const",
        DefSyntax def => "Def " + def.Name,
        DecoratedSyntax decorated => "Decorated " + decorated.Name,
        DelSyntax del => del.ExpirySpelling is { } after ? "Del after " + after : "Del",
        NextSyntax => "Next",
        StopSyntax => "Stop",
        LogFilterSyntax filter => "LogFilter " + string.Join(" ", filter.Paths.Select(SyntaxSpelling.QuoteString)),
        InvalidSyntax invalid => "Invalid " + SyntaxSpelling.QuoteString(invalid.Message),
        IdSyntax id => "Id " + id.Name,
        IndexedSyntax => "Indexed",
        CaprefSyntax capref => "Capref $" + capref.Name,
        StringSyntax s => "String " + SyntaxSpelling.QuoteString(s.Value),
        IntSyntax i => "Int " + SyntaxSpelling.Int(i.Value),
        FloatSyntax f => "Float " + SyntaxPrinter.FloatSpelling(f),
        BuiltinCallSyntax call => "Call " + call.Name,
        BinarySyntax { Operator: BinaryOperator.Concat } => "Concat",
        BinarySyntax b => "Binary " + SyntaxSpelling.Operator(b.Operator),
        UnarySyntax u => "Unary " + SyntaxSpelling.Operator(u.Operator),
        PatternSyntax => "Pattern",
        RegexSyntax r => "Regex " + SyntaxSpelling.QuoteRegex(r.Pattern),
        _ => throw new UnreachableException($"unhandled syntax node {node.GetType().Name}"),
    };
}
