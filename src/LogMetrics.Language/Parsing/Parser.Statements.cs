using System.Collections.Immutable;
using LogMetrics.Language.Lexing;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Parsing;

public sealed partial class Parser
{
    const string LogFilterKeyword = "log_filter";
    const string NoEffect = "syntax error: statement with no effect, missing an assignment, `+' concatenation, or `{}' block?";

    StmtSyntax? ParseStatement()
    {
        GuardStack();
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.NewLine:
                Advance();
                return null;
            case TokenKind.Invalid:
                // mtail keeps going after a lexical error; the error itself is already reported.
                Advance();
                return new InvalidSyntax(token.Pos, token.Text);
            case TokenKind.Next:
                Advance();
                return new NextSyntax(token.Pos);
            case TokenKind.Stop:
                Advance();
                return new StopSyntax(token.Pos);
            case TokenKind.Const:
                return ParseConst();
            case TokenKind.Hidden or TokenKind.Counter or TokenKind.Gauge or TokenKind.Timer or TokenKind.Text or TokenKind.Histogram:
                return ParseDeclaration();
            case TokenKind.Def:
                return ParseDef();
            case TokenKind.Deco:
                return ParseDecorated();
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Otherwise:
                return ParseOtherwise();
            case TokenKind.Div:
                return ParsePatternCondition();
            case TokenKind.Id when token.Text == LogFilterKeyword && Peek().Kind == TokenKind.String:
                return ParseLogFilter();
            case TokenKind.Id or TokenKind.Builtin or TokenKind.Capref or TokenKind.CaprefNamed or TokenKind.String
                or TokenKind.IntLiteral or TokenKind.FloatLiteral or TokenKind.LParen or TokenKind.Not:
                return ParseExpressionStatement();
            default:
                throw Unexpected();
        }
    }

    BlockSyntax ParseBlock()
    {
        Expect(TokenKind.LCurly, "LCURLY");
        var statements = ImmutableArray.CreateBuilder<StmtSyntax>();
        while (_token.Kind != TokenKind.RCurly)
        {
            if (_token.Kind == TokenKind.EndOfFile)
            {
                throw SyntaxError("syntax error: unexpected end of file, expecting '}' to end block");
            }
            ParseStatementInto(statements, topLevel: false);
        }
        _lastClosingCurly = _token.Pos;
        Advance();
        return new BlockSyntax(statements.ToImmutable());
    }

    // `cond { … } [else { … }]`, once the condition is parsed.
    CondSyntax ParseCondRest(ExprSyntax condition)
    {
        var then = ParseBlock();
        BlockSyntax? otherwise = null;
        if (_token.Kind == TokenKind.Else)
        {
            Advance();
            otherwise = ParseBlock();
        }
        return new CondSyntax(condition, then, otherwise);
    }

    CondSyntax ParsePatternCondition()
    {
        var pattern = ParsePattern();
        if (_token.Kind is TokenKind.And or TokenKind.Or)
        {
            var op = _token.Kind == TokenKind.And ? BinaryOperator.And : BinaryOperator.Or;
            Advance();
            SkipOptionalNewLine();
            var right = ParseLogical();
            if (_token.Kind == TokenKind.LSquare)
            {
                throw SyntaxError("syntax error: unexpected indexing of an expression");
            }
            if (_token.Kind == TokenKind.NewLine)
            {
                // A whole condition with no block is a statement with no effect, as without `&&`
                // (found by the differential fuzzer).
                throw SyntaxError(NoEffect);
            }
            // mtail builds the implicit match when the whole condition is reduced: at the `{`.
            var match = new UnarySyntax(_token.Pos, UnaryOperator.ImplicitMatch, pattern);
            return ParseCondRest(new BinarySyntax(match, op, right));
        }
        if (_token.Kind == TokenKind.NewLine)
        {
            throw SyntaxError(NoEffect);
        }
        if (_token.Kind == TokenKind.LSquare)
        {
            throw SyntaxError("syntax error: unexpected indexing of an expression");
        }
        if (_token.Kind != TokenKind.LCurly)
        {
            throw Unexpected("LCURLY");
        }
        return ParseCondRest(new UnarySyntax(_token.Pos, UnaryOperator.ImplicitMatch, pattern));
    }

    StmtSyntax ParseExpressionStatement()
    {
        var expr = ParseLogical();
        switch (_token.Kind)
        {
            case TokenKind.Assign or TokenKind.AddAssign:
                if (!IsUnaryShaped(expr))
                {
                    throw Unexpected("LCURLY");
                }
                var op = _token.Kind == TokenKind.Assign ? BinaryOperator.Assign : BinaryOperator.AddAssign;
                Advance();
                SkipOptionalNewLine();
                var value = ParseLogical();
                if (_token.Kind != TokenKind.NewLine)
                {
                    throw Unexpected("NL");
                }
                Advance();
                return new ExprStmtSyntax(new BinarySyntax(expr, op, value));
            case TokenKind.NewLine when IsPostfixShaped(expr) || ReferenceEquals(expr, _lastPrimary):
                Advance();
                return new ExprStmtSyntax(expr);
            case TokenKind.NewLine:
                throw SyntaxError(NoEffect);
            case TokenKind.LCurly:
                return ParseCondRest(expr);
            case TokenKind.LSquare:
                throw SyntaxError("syntax error: unexpected indexing of an expression");
            default:
                throw Unexpected("LCURLY");
        }
    }

    DeclSyntax ParseDeclaration()
    {
        var hidden = false;
        if (_token.Kind == TokenKind.Hidden)
        {
            hidden = true;
            Advance();
        }
        var kind = _token.Kind switch
        {
            TokenKind.Counter => MetricKindSyntax.Counter,
            TokenKind.Gauge => MetricKindSyntax.Gauge,
            TokenKind.Timer => MetricKindSyntax.Timer,
            TokenKind.Text => MetricKindSyntax.Text,
            TokenKind.Histogram => MetricKindSyntax.Histogram,
            _ => throw Unexpected("COUNTER or GAUGE or TIMER or TEXT or HISTOGRAM"),
        };
        Advance();
        if (_token.Kind is not (TokenKind.Id or TokenKind.String))
        {
            throw Unexpected("STRING or ID");
        }
        var name = _token;
        Advance();
        var keys = ImmutableArray<string>.Empty;
        var buckets = ImmutableArray<double>.Empty;
        string? exportedName = null;
        long? limit = null;
        while (true)
        {
            switch (_token.Kind)
            {
                case TokenKind.By:
                    Advance();
                    keys = ParseKeys();
                    continue;
                case TokenKind.As:
                    Advance();
                    exportedName = Expect(TokenKind.String, "STRING").Text;
                    continue;
                case TokenKind.Buckets:
                    Advance();
                    buckets = ParseBuckets();
                    continue;
                case TokenKind.Limit:
                    Advance();
                    limit = ParseIntLiteral(Expect(TokenKind.IntLiteral, "INTLITERAL"));
                    continue;
            }
            break;
        }
        return new DeclSyntax(name.Pos, kind, name.Text, hidden, keys, exportedName, buckets, limit);
    }

    ImmutableArray<string> ParseKeys()
    {
        var keys = ImmutableArray.CreateBuilder<string>();
        while (true)
        {
            if (_token.Kind is not (TokenKind.Id or TokenKind.String))
            {
                throw Unexpected("STRING or ID");
            }
            keys.Add(_token.Text);
            Advance();
            if (_token.Kind != TokenKind.Comma)
            {
                return keys.ToImmutable();
            }
            Advance();
        }
    }

    ImmutableArray<double> ParseBuckets()
    {
        var buckets = ImmutableArray.CreateBuilder<double>();
        while (true)
        {
            buckets.Add(_token.Kind switch
            {
                TokenKind.IntLiteral => ParseIntLiteral(_token),
                TokenKind.FloatLiteral => ParseFloatLiteral(_token),
                _ => throw Unexpected("INTLITERAL or FLOATLITERAL"),
            });
            Advance();
            if (_token.Kind != TokenKind.Comma)
            {
                return buckets.ToImmutable();
            }
            Advance();
        }
    }

    ConstSyntax ParseConst()
    {
        Advance();
        var name = Expect(TokenKind.Id, "ID");
        SkipOptionalNewLine();
        var id = new IdSyntax(name.Pos, name.Text);
        // mtail 3.4 also lets a constant start with another constant: `const C A + /b/`.
        var pattern = _token.Kind == TokenKind.Id ? ParseConcatRest(new IdSyntax(_token.Pos, _token.Text), advanceFirst: true) : ParseConcat();
        return new ConstSyntax(id, pattern);
    }

    DefSyntax ParseDef()
    {
        _lastMark = _token.Pos;
        Advance();
        var name = Expect(TokenKind.Id, "ID");
        var body = ParseBlock();
        return new DefSyntax(_lastMark, name.Text, body);
    }

    DecoratedSyntax ParseDecorated()
    {
        _lastMark = _token.Pos;
        var name = _token.Text;
        Advance();
        var body = ParseBlock();
        return new DecoratedSyntax(_lastMark, name, body);
    }

    DelSyntax ParseDel()
    {
        _lastMark = _token.Pos;
        Advance();
        var target = ParsePostfix();
        if (_token.Kind != TokenKind.After)
        {
            return new DelSyntax(SourcePos.Merge(_lastMark, _token.Pos), target, null, null);
        }
        Advance();
        var duration = Expect(TokenKind.DurationLiteral, "DURATIONLITERAL");
        // The lexer turned a duration that does not parse into an INVALID token, so this succeeds.
        var nanos = Go.GoDuration.TryParse(duration.Text, out var parsed, out _) ? parsed : 0;
        return new DelSyntax(SourcePos.Merge(_lastMark, duration.Pos), target, nanos, duration.Text);
    }

    OtherwiseSyntax ParseOtherwise()
    {
        _lastMark = _token.Pos;
        Advance();
        var body = ParseBlock();
        return new OtherwiseSyntax(SourcePos.Merge(_lastMark, _lastClosingCurly), body);
    }

    LogFilterSyntax ParseLogFilter()
    {
        var start = _token.Pos;
        Advance();
        var paths = ImmutableArray.CreateBuilder<string>();
        while (true)
        {
            paths.Add(Expect(TokenKind.String, "STRING").Text);
            if (_token.Kind != TokenKind.Comma)
            {
                return new LogFilterSyntax(start, paths.ToImmutable());
            }
            Advance();
        }
    }
}
