using System.Collections.Immutable;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Lexing;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Parsing;

/// <summary>
/// Recursive-descent parser for mtail's grammar. It accepts exactly the programs mtail's LALR
/// parser accepts and stops at the same token when it does not, so syntax errors point where
/// mtail's do. After a syntax error it skips to the end of the line and goes on, so one run
/// reports the errors of every statement.
/// </summary>
public sealed partial class Parser
{
    readonly Lexer _lexer;
    readonly SourceText _source;
    readonly DiagnosticBag _diagnostics;
    Token _token;
    Token? _peeked;

    // mtail's grammar records "the position of the last mark" in one parser-wide slot that
    // nested productions overwrite; several node positions come from it, quirks included.
    SourcePos _lastMark;
    SourcePos _lastClosingCurly;

    Parser(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        _lexer = new Lexer(source);
        _token = default;
        Advance();
    }

    /// <summary>Parses a whole program. Lexical and syntax errors go to <paramref name="diagnostics"/>.</summary>
    public static BlockSyntax Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var parser = new Parser(source, diagnostics);
        var statements = ImmutableArray.CreateBuilder<StmtSyntax>();
        try
        {
            parser.ParseProgram(statements);
        }
        catch (NestingTooDeepException)
        {
            // mtail's LALR parser has no recursion to exhaust; ours stops here rather than
            // overflowing the stack, with one error where the nesting became too deep.
            diagnostics.Add(ParseDiagnostics.Syntax(parser._token.Pos.ToLocation(source.Name), NestingTooDeep));
        }
        return new BlockSyntax(statements.ToImmutable());
    }

    void ParseProgram(ImmutableArray<StmtSyntax>.Builder statements)
    {
        while (_token.Kind != TokenKind.EndOfFile)
        {
            ParseStatementInto(statements, topLevel: true);
        }
    }

    /// <summary>The message for input nested deeper than the parser's stack allows.</summary>
    public const string NestingTooDeep = "syntax error: program nested too deeply";

    // Called on every path by which the parser recurses (blocks, parentheses, `~`, index lists).
    static void GuardStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new NestingTooDeepException();
        }
    }

    // Parses one statement, or recovers from a syntax error in it.
    void ParseStatementInto(ImmutableArray<StmtSyntax>.Builder statements, bool topLevel)
    {
        try
        {
            if (ParseStatement() is { } statement)
            {
                statements.Add(statement);
            }
        }
        catch (SyntaxErrorException)
        {
            var stuck = _token;
            Recover();
            if (topLevel && _token == stuck && stuck.Kind != TokenKind.EndOfFile)
            {
                // A stray `}` at the top level: step over it so parsing always moves on. Inside a
                // block the `}` is left to close the block, which does not report it again.
                Advance();
            }
        }
    }

    // Skips the rest of the line; a `}` or the end of input is left for the enclosing block. A
    // block opened on the skipped line is skipped whole, so its `}` is not reported as stray.
    void Recover()
    {
        var open = 0;
        while (_token.Kind != TokenKind.EndOfFile && (open > 0 || _token.Kind is not (TokenKind.NewLine or TokenKind.RCurly)))
        {
            open += _token.Kind switch
            {
                TokenKind.LCurly => 1,
                TokenKind.RCurly => -1,
                _ => 0,
            };
            Advance();
        }
        if (_token.Kind == TokenKind.NewLine)
        {
            Advance();
        }
    }

    void Advance()
    {
        if (_peeked is { } peeked)
        {
            _token = peeked;
            _peeked = null;
        }
        else
        {
            _token = _lexer.NextToken();
            ReportIfInvalid(_token);
        }
    }

    // Looks one token past the current one. Only used where the next token cannot start a regex.
    Token Peek()
    {
        if (_peeked is null)
        {
            _peeked = _lexer.NextToken();
            ReportIfInvalid(_peeked.Value);
        }
        return _peeked.Value;
    }

    void ReportIfInvalid(Token token)
    {
        if (token.Kind == TokenKind.Invalid)
        {
            _diagnostics.Add(ParseDiagnostics.Lexical(token.Pos.ToLocation(_source.Name), token.Text));
        }
    }

    Token Expect(TokenKind kind, string expecting)
    {
        if (_token.Kind != kind)
        {
            throw Unexpected(expecting);
        }
        var token = _token;
        Advance();
        return token;
    }

    void SkipOptionalNewLine()
    {
        if (_token.Kind == TokenKind.NewLine)
        {
            Advance();
        }
    }

    SyntaxErrorException Unexpected(string? expecting = null) =>
        SyntaxError(expecting is null
            ? $"syntax error: unexpected {_token.Kind.Describe()}"
            : $"syntax error: unexpected {_token.Kind.Describe()}, expecting {expecting}");

    SyntaxErrorException SyntaxError(string message)
    {
        _diagnostics.Add(ParseDiagnostics.Syntax(_token.Pos.ToLocation(_source.Name), message));
        return new SyntaxErrorException();
    }

    /// <summary>Unwinds the parser to the statement being parsed; never escapes the parser.</summary>
    sealed class SyntaxErrorException : Exception;

    /// <summary>Unwinds the whole parse when the input nests too deeply for the stack.</summary>
    sealed class NestingTooDeepException : Exception;
}
