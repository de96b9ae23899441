using System.Collections.Immutable;
using System.Globalization;
using LogMetrics.Language.Lexing;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Parsing;

public sealed partial class Parser
{
    const string DefinedBuiltin = "defined";

    // The last primary expression parsed: an expression that is this very object had no operator
    // applied to it, which is how the grammar's "primary_expr" positions are recognised.
    ExprSyntax? _lastPrimary;

    // logical_expr: operands joined by && and || (one precedence level, left-associative).
    ExprSyntax ParseLogical()
    {
        var left = ParseLogicalOperand();
        while (_token.Kind is TokenKind.And or TokenKind.Or)
        {
            var op = _token.Kind == TokenKind.And ? BinaryOperator.And : BinaryOperator.Or;
            Advance();
            SkipOptionalNewLine();
            left = new BinarySyntax(left, op, ParseLogicalOperand());
        }
        return left;
    }

    // bitwise_expr, or match_expr: `primary =~ pattern|primary`, only directly at this level.
    ExprSyntax ParseLogicalOperand()
    {
        var left = ParseBinary(BitwiseLevel);
        if (_token.Kind is not (TokenKind.Match or TokenKind.NotMatch) || !ReferenceEquals(left, _lastPrimary))
        {
            return left;
        }
        var op = _token.Kind == TokenKind.Match ? BinaryOperator.Match : BinaryOperator.NotMatch;
        Advance();
        SkipOptionalNewLine();
        var right = _token.Kind == TokenKind.Div ? ParsePattern() : ParsePrimary();
        return new BinarySyntax(left, op, right);
    }

    const int BitwiseLevel = 0;
    const int MultiplicativeLevel = 4;

    // Binary levels from loosest to tightest: bitwise, relational, shift, additive, multiplicative.
    // Bitwise binds looser than comparison in mtail, and `**` shares a level with `*`.
    static BinaryOperator? OperatorAt(int level, TokenKind kind) => (level, kind) switch
    {
        (0, TokenKind.BitAnd) => BinaryOperator.BitAnd,
        (0, TokenKind.BitOr) => BinaryOperator.BitOr,
        (0, TokenKind.Xor) => BinaryOperator.Xor,
        (1, TokenKind.Lt) => BinaryOperator.Less,
        (1, TokenKind.Gt) => BinaryOperator.Greater,
        (1, TokenKind.Le) => BinaryOperator.LessOrEqual,
        (1, TokenKind.Ge) => BinaryOperator.GreaterOrEqual,
        (1, TokenKind.Eq) => BinaryOperator.Equal,
        (1, TokenKind.Ne) => BinaryOperator.NotEqual,
        (2, TokenKind.Shl) => BinaryOperator.ShiftLeft,
        (2, TokenKind.Shr) => BinaryOperator.ShiftRight,
        (3, TokenKind.Plus) => BinaryOperator.Add,
        (3, TokenKind.Minus) => BinaryOperator.Subtract,
        (4, TokenKind.Mul) => BinaryOperator.Multiply,
        (4, TokenKind.Div) => BinaryOperator.Divide,
        (4, TokenKind.Mod) => BinaryOperator.Modulo,
        (4, TokenKind.Pow) => BinaryOperator.Power,
        _ => null,
    };

    ExprSyntax ParseBinary(int level)
    {
        var left = level == MultiplicativeLevel ? ParseUnary() : ParseBinary(level + 1);
        while (OperatorAt(level, _token.Kind) is { } op)
        {
            Advance();
            SkipOptionalNewLine();
            var right = level == MultiplicativeLevel ? ParseUnary() : ParseBinary(level + 1);
            left = new BinarySyntax(left, op, right);
        }
        return left;
    }

    ExprSyntax ParseUnary()
    {
        GuardStack();
        if (_token.Kind != TokenKind.Not)
        {
            return ParsePostfix();
        }
        Advance();
        var operand = ParseUnary();
        // mtail's parser builds this node once it has read the token after the operand.
        return new UnarySyntax(_token.Pos, UnaryOperator.Not, operand);
    }

    ExprSyntax ParsePostfix()
    {
        // A `[` after anything but a name is left to the enclosing rule: at the start of a
        // statement it reports mtail's "unexpected indexing", elsewhere an unexpected LSQUARE.
        var expr = ParsePrimary();
        while (_token.Kind is TokenKind.Inc or TokenKind.Dec)
        {
            var op = _token.Kind == TokenKind.Inc ? UnaryOperator.Increment : UnaryOperator.Decrement;
            expr = new UnarySyntax(_token.Pos, op, expr);
            Advance();
        }
        return expr;
    }

    ExprSyntax ParsePrimary()
    {
        GuardStack();
        var token = _token;
        ExprSyntax expr;
        switch (token.Kind)
        {
            case TokenKind.Id when token.Text == DefinedBuiltin && Peek().Kind == TokenKind.LParen:
                expr = ParseBuiltinCall();
                break;
            case TokenKind.Id:
                expr = ParseIndexed();
                break;
            case TokenKind.Builtin:
                expr = ParseBuiltinCall();
                break;
            case TokenKind.Capref or TokenKind.CaprefNamed:
                Advance();
                expr = new CaprefSyntax(token.Pos, token.Text, token.Kind == TokenKind.CaprefNamed);
                break;
            case TokenKind.String:
                Advance();
                expr = new StringSyntax(token.Pos, token.Text);
                break;
            case TokenKind.IntLiteral:
                Advance();
                expr = new IntSyntax(token.Pos, ParseIntLiteral(token));
                break;
            case TokenKind.FloatLiteral:
                Advance();
                expr = new FloatSyntax(token.Pos, ParseFloatLiteral(token), token.Text);
                break;
            case TokenKind.LParen:
                Advance();
                expr = ParseLogical();
                Expect(TokenKind.RParen, "RPAREN");
                break;
            default:
                throw Unexpected("BUILTIN");
        }
        _lastPrimary = expr;
        return expr;
    }

    IndexedSyntax ParseIndexed()
    {
        var id = new IdSyntax(_token.Pos, _token.Text);
        Advance();
        var keys = ImmutableArray.CreateBuilder<ExprSyntax>();
        while (_token.Kind == TokenKind.LSquare)
        {
            Advance();
            ParseArguments(keys);
            Expect(TokenKind.RSquare, "RSQUARE or COMMA");
        }
        return new IndexedSyntax(id, keys.ToImmutable());
    }

    BuiltinCallSyntax ParseBuiltinCall()
    {
        _lastMark = _token.Pos;
        var name = _token.Text;
        Advance();
        Expect(TokenKind.LParen, "LPAREN");
        var args = ImmutableArray.CreateBuilder<ExprSyntax>();
        if (_token.Kind != TokenKind.RParen)
        {
            ParseArguments(args);
        }
        var close = Expect(TokenKind.RParen, args.Count > 0 ? "RPAREN or COMMA" : "RPAREN");
        return new BuiltinCallSyntax(SourcePos.Merge(_lastMark, close.Pos), name, args.ToImmutable());
    }

    // arg_expr_list: logical expressions or patterns, comma-separated (used by calls and indexes).
    void ParseArguments(ImmutableArray<ExprSyntax>.Builder args)
    {
        while (true)
        {
            if (!StartsExpression(_token.Kind) && _token.Kind != TokenKind.Div)
            {
                // mtail's parser state here lists these two, whatever else could follow.
                throw Unexpected("BUILTIN or DIV");
            }
            args.Add(_token.Kind == TokenKind.Div ? ParsePattern() : ParseLogical());
            if (_token.Kind != TokenKind.Comma)
            {
                return;
            }
            Advance();
        }
    }

    // A pattern: regex literals and constant names joined by `+`, starting with a regex literal.
    PatternSyntax ParsePattern() => new(ParseConcat());

    ExprSyntax ParseConcat() => ParseConcatRest(ParseRegexLiteral(), advanceFirst: false);

    ExprSyntax ParseConcatRest(ExprSyntax first, bool advanceFirst)
    {
        if (advanceFirst)
        {
            Advance();
        }
        var expr = first;
        while (_token.Kind == TokenKind.Plus)
        {
            Advance();
            SkipOptionalNewLine();
            ExprSyntax right;
            if (_token.Kind == TokenKind.Id)
            {
                right = new IdSyntax(_token.Pos, _token.Text);
                Advance();
            }
            else
            {
                right = ParseRegexLiteral();
            }
            expr = new BinarySyntax(expr, BinaryOperator.Concat, right);
        }
        return expr;
    }

    // `/` has just been lexed as the current token; the lexer is asked for the body in regex mode.
    RegexSyntax ParseRegexLiteral()
    {
        if (_token.Kind != TokenKind.Div)
        {
            throw Unexpected("DIV");
        }
        var open = _token.Pos;
        _lastMark = open;
        var body = _lexer.NextRegexToken();
        if (body.Kind == TokenKind.Invalid)
        {
            ReportIfInvalid(body);
            _token = body;
            throw SyntaxError("syntax error: unexpected end of file, expecting '/' to end regex");
        }
        Advance(); // the closing slash
        var close = _token.Pos;
        Advance();
        return new RegexSyntax(SourcePos.Merge(open, close), body.Text);
    }

    static bool StartsExpression(TokenKind kind) => kind is TokenKind.Id or TokenKind.Builtin or TokenKind.Capref
        or TokenKind.CaprefNamed or TokenKind.String or TokenKind.IntLiteral or TokenKind.FloatLiteral or TokenKind.LParen or TokenKind.Not;

    static bool IsPostfixShaped(ExprSyntax expr) =>
        expr is IndexedSyntax or BuiltinCallSyntax or CaprefSyntax or StringSyntax or IntSyntax or FloatSyntax
            || expr is UnarySyntax { Operator: UnaryOperator.Increment or UnaryOperator.Decrement };

    bool IsUnaryShaped(ExprSyntax expr) =>
        ReferenceEquals(expr, _lastPrimary) || IsPostfixShaped(expr) || expr is UnarySyntax { Operator: UnaryOperator.Not };

    static long ParseIntLiteral(Token token) =>
        long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;

    static double ParseFloatLiteral(Token token) =>
        Go.GoStrconv.TryParseFloat(token.Text, out var value, out _) ? value : 0;
}
