using System.Text;
using LogMetrics.Go;

namespace LogMetrics.Language.Lexing;

public sealed partial class Lexer
{
    // One step of program mode: returns a token, or null after skipping white space or a comment.
    Token? LexProgram()
    {
        var r = Next();
        switch (r)
        {
            case '\n':
                Accept();
                return Emit(TokenKind.NewLine);
            case '#':
                LexComment();
                return null;
            case '{': return Single(TokenKind.LCurly);
            case '}': return Single(TokenKind.RCurly);
            case '(': return Single(TokenKind.LParen);
            case ')': return Single(TokenKind.RParen);
            case '[': return Single(TokenKind.LSquare);
            case ']': return Single(TokenKind.RSquare);
            case ',': return Single(TokenKind.Comma);
            case '/': return Single(TokenKind.Div);
            case '%': return Single(TokenKind.Mod);
            case '^': return Single(TokenKind.Xor);
            case '~': return Single(TokenKind.Not);
            case '-':
                Accept();
                var afterMinus = Next();
                if (afterMinus == '-')
                {
                    Accept();
                    return Emit(TokenKind.Dec);
                }
                Backup();
                // A minus sign directly before a digit is part of the number: `x-1` is `x` `-1`.
                return IsDigit(afterMinus) ? LexNumber() : Emit(TokenKind.Minus);
            case '+': return Pair(TokenKind.Plus, ('+', TokenKind.Inc), ('=', TokenKind.AddAssign));
            case '*': return Pair(TokenKind.Mul, ('*', TokenKind.Pow));
            case '=': return Pair(TokenKind.Assign, ('=', TokenKind.Eq), ('~', TokenKind.Match));
            case '<': return Pair(TokenKind.Lt, ('=', TokenKind.Le), ('<', TokenKind.Shl));
            case '>': return Pair(TokenKind.Gt, ('=', TokenKind.Ge), ('>', TokenKind.Shr));
            case '&': return Pair(TokenKind.BitAnd, ('&', TokenKind.And));
            case '|': return Pair(TokenKind.BitOr, ('|', TokenKind.Or));
            case '!':
                Accept();
                var afterBang = Next();
                if (afterBang is '=' or '~')
                {
                    Accept();
                    return Emit(afterBang == '=' ? TokenKind.Ne : TokenKind.NotMatch);
                }
                Backup();
                return Error("Unexpected input: '!'");
            case '"':
                return LexString();
            case '$':
                return LexWord(named => named ? TokenKind.CaprefNamed : TokenKind.Capref);
            case '@':
                return LexWord(_ => TokenKind.Deco);
            case Eof:
                Skip();
                return Emit(TokenKind.EndOfFile);
            case '.':
                Backup();
                return LexNumber();
        }
        if (IsDigit(r))
        {
            Backup();
            return LexNumber();
        }
        if (Rune.IsLetter(new Rune(r)))
        {
            return LexIdentifier();
        }
        if (Rune.IsWhiteSpace(new Rune(r)))
        {
            Ignore();
            return null;
        }
        Accept();
        return Error($"Unexpected input: {GoQuote.Rune(r)}");
    }

    Token Single(TokenKind kind)
    {
        Accept();
        return Emit(kind);
    }

    Token Pair(TokenKind single, params ReadOnlySpan<(char Second, TokenKind Kind)> doubles)
    {
        Accept();
        var second = Next();
        foreach (var (c, kind) in doubles)
        {
            if (second == c)
            {
                Accept();
                return Emit(kind);
            }
        }
        Backup();
        return Emit(single);
    }

    // A comment runs to the end of the line and takes the newline with it, so no NL token is
    // emitted: mtail's `a++ # note` before a `}` is therefore a syntax error. Like mtail, the start
    // column is not reset by the swallowed newline.
    void LexComment()
    {
        Ignore();
        while (true)
        {
            var r = Next();
            if (r == '\n')
            {
                Skip();
                return;
            }
            if (r == Eof)
            {
                return;
            }
            Ignore();
        }
    }

    Token LexNumber()
    {
        var r = Next();
        while (IsDigit(r))
        {
            Accept();
            r = Next();
        }
        if (r != '.' && r != 'e' && r != 'E' && !IsDurationSuffix(r))
        {
            Backup();
            return Emit(TokenKind.IntLiteral);
        }
        if (r == '.')
        {
            Accept();
            r = Next();
            while (IsDigit(r))
            {
                Accept();
                r = Next();
            }
        }
        if (r is 'e' or 'E')
        {
            Accept();
            r = Next();
            if (r is '+' or '-')
            {
                Accept();
                r = Next();
            }
            while (IsDigit(r))
            {
                Accept();
                r = Next();
            }
        }
        if (IsDurationSuffix(r))
        {
            Accept();
            return LexDuration();
        }
        Backup();
        return Emit(TokenKind.FloatLiteral);
    }

    Token LexDuration()
    {
        while (true)
        {
            var r = Next();
            if (IsDigit(r) || r is '.' or '-' or '+' || IsDurationSuffix(r))
            {
                Accept();
                continue;
            }
            Backup();
            return Emit(TokenKind.DurationLiteral);
        }
    }

    // Only `\"` is an escape in mtail strings; every other backslash is kept as written.
    Token LexString()
    {
        Skip();
        return LexDelimited('"', TokenKind.String, consumeClose: true, () => $"Unterminated quoted string: \"\\\"{_text}\"");
    }

    // Capture references ($1, $name) and decorators (@name): the sigil is skipped.
    Token LexWord(Func<bool, TokenKind> kindOf)
    {
        Skip();
        var named = false;
        while (true)
        {
            var r = Next();
            if (IsAlnum(r) || r == '_')
            {
                named |= !IsDigit(r);
                Accept();
                continue;
            }
            Backup();
            return Emit(kindOf(named));
        }
    }

    Token LexIdentifier()
    {
        Accept();
        while (true)
        {
            var r = Next();
            if (IsAlnum(r) || r == '_')
            {
                Accept();
                continue;
            }
            Backup();
            break;
        }
        var word = _text.ToString();
        if (Keywords.Reserved.TryGetValue(word, out var keyword))
        {
            return Emit(keyword);
        }
        return Emit(Keywords.Builtins.Contains(word) ? TokenKind.Builtin : TokenKind.Id);
    }

    static bool IsDurationSuffix(int r) => r is 's' or 'm' or 'h' or 'd';

    static bool IsDigit(int r) => r >= 0 && Rune.IsDigit(new Rune(r));

    static bool IsAlnum(int r) => r >= 0 && (Rune.IsLetter(new Rune(r)) || Rune.IsDigit(new Rune(r)));
}
