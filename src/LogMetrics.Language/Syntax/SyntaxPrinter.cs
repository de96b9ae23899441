using System.Diagnostics;
using System.Text;

namespace LogMetrics.Language.Syntax;

/// <summary>
/// Prints a syntax tree back to mtail source that parses to the same tree (mtail's unparser).
/// Layout is canonical (two-space indents, one statement per line, spaces around binary
/// operators); comments and original spacing are not kept. Parentheses are put back where the
/// grammar needs them.
/// </summary>
public sealed partial class SyntaxPrinter
{
    const string IndentUnit = "  ";

    readonly StringBuilder _out = new();
    int _depth;

    SyntaxPrinter()
    {
    }

    /// <summary>
    /// Prints a node: a program (the root block, printed without braces), a statement (ending with
    /// a newline), or an expression.
    /// </summary>
    public static string Print(SyntaxNode node)
    {
        var printer = new SyntaxPrinter();
        switch (node)
        {
            case BlockSyntax program:
                printer.WriteStatements(program);
                break;
            case StmtSyntax statement:
                printer.WriteStatement(statement);
                break;
            case ExprSyntax expr:
                printer.WriteExpression(expr);
                break;
            default:
                throw new UnreachableException($"unhandled syntax node {node.GetType().Name}");
        }
        return printer._out.ToString();
    }

    void WriteStatements(BlockSyntax block)
    {
        foreach (var statement in block.Statements)
        {
            WriteStatement(statement);
        }
    }

    void WriteStatement(StmtSyntax statement)
    {
        switch (statement)
        {
            case BlockSyntax block:
                // The parser never makes a bare nested block (a statement cannot start with `{`).
                WriteBlock("", block);
                break;
            case CondSyntax cond:
                WriteCond(cond);
                break;
            case OtherwiseSyntax otherwise:
                WriteBlock("otherwise ", otherwise.Then);
                break;
            case ExprStmtSyntax expr:
                StartLine();
                WriteExpressionStatement(expr.Expr);
                EndLine();
                break;
            case DeclSyntax decl:
                Line(Declaration(decl));
                break;
            case ConstSyntax constant:
                StartLine();
                _out.Append("const ").Append(constant.Name.Name).Append(' ');
                WritePrimary(constant.Pattern);
                EndLine();
                break;
            case DefSyntax def:
                WriteBlock($"def {def.Name} ", def.Body);
                break;
            case DecoratedSyntax decorated:
                WriteBlock($"@{decorated.Name} ", decorated.Body);
                break;
            case DelSyntax del:
                WriteDelete(del);
                break;
            case NextSyntax:
                Line("next");
                break;
            case StopSyntax:
                Line("stop");
                break;
            case LogFilterSyntax filter:
                Line("log_filter " + string.Join(", ", filter.Paths.Select(SyntaxSpelling.QuoteString)));
                break;
            case InvalidSyntax invalid:
                // Unreadable input has no source form; keep its error visible as a comment.
                Line("# invalid input: " + invalid.Message.ReplaceLineEndings(" "));
                break;
            default:
                throw new UnreachableException($"unhandled statement {statement.GetType().Name}");
        }
    }

    void WriteCond(CondSyntax cond)
    {
        StartLine();
        WriteCondition(cond.Condition);
        _out.Append(' ');
        OpenBrace();
        WriteStatements(cond.Then);
        if (cond.Else is { } otherwise)
        {
            // `else` must follow the `}` on the same line.
            _depth--;
            Open("} else ");
            WriteStatements(otherwise);
        }
        Close();
    }

    void WriteBlock(string head, BlockSyntax body)
    {
        Open(head);
        WriteStatements(body);
        Close();
    }

    void Open(string head)
    {
        StartLine();
        _out.Append(head);
        OpenBrace();
    }

    // Ends the current line with `{` and indents what follows.
    void OpenBrace()
    {
        _out.Append('{');
        EndLine();
        _depth++;
    }

    // mtail needs a newline before a block's `}` and after it, so each statement ends a line.
    void Close()
    {
        _depth--;
        Line("}");
    }

    void Line(string text)
    {
        StartLine();
        _out.Append(text);
        EndLine();
    }

    void StartLine()
    {
        for (var i = 0; i < _depth; i++)
        {
            _out.Append(IndentUnit);
        }
    }

    void EndLine() => _out.Append('\n');

    // Also the header of a declaration in the S-expression dump.
    internal static string Declaration(DeclSyntax decl)
    {
        var sb = new StringBuilder();
        if (decl.Hidden)
        {
            sb.Append("hidden ");
        }
        sb.Append(SyntaxSpelling.Kind(decl.Kind)).Append(' ').Append(SyntaxSpelling.DeclaredName(decl.Name));
        if (!decl.Keys.IsEmpty)
        {
            sb.Append(" by ").AppendJoin(", ", decl.Keys.Select(SyntaxSpelling.DeclaredName));
        }
        if (decl.ExportedName is { } exported)
        {
            sb.Append(" as ").Append(SyntaxSpelling.QuoteString(exported));
        }
        if (!decl.Buckets.IsEmpty)
        {
            sb.Append(" buckets ").AppendJoin(", ", decl.Buckets.Select(SyntaxSpelling.Bucket));
        }
        if (decl.Limit is { } limit)
        {
            sb.Append(" limit ").Append(SyntaxSpelling.Int(limit));
        }
        return sb.ToString();
    }

    void WriteDelete(DelSyntax del)
    {
        StartLine();
        // `del` takes a postfix expression, so anything looser goes in parentheses.
        _out.Append("del ");
        Write(del.Target, Precedence.Postfix);
        var after = del.ExpirySpelling ?? (del.ExpiryNanos is { } nanos ? SyntaxSpelling.Duration(nanos) : null);
        if (after is not null)
        {
            _out.Append(" after ").Append(after);
        }
        EndLine();
    }
}
