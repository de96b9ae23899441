using System.Buffers;
using System.Text;
using LogMetrics.Go;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Lexing;

/// <summary>
/// mtail's lexer, pull-based: the parser asks for one token at a time and, right after a <c>/</c>
/// that starts a pattern, asks for the regex body with <see cref="NextRegexToken"/> (mtail's
/// in-regex feedback from parser to lexer). It reads UTF-8 bytes rune by rune like Go's
/// <c>bufio.Reader.ReadRune</c>, and keeps mtail's column rules exactly: columns count bytes, a
/// newline token reports the next line's number, and a comment swallows its newline.
/// </summary>
public sealed partial class Lexer
{
    const int Eof = -1;
    const int NewLineSentinel = 0x2424; // '␤' ends the input, as in mtail.

    readonly byte[] _input;
    readonly StringBuilder _text = new();
    int _offset;
    int _rune;
    int _width;
    int _line;
    int _col;
    int _startCol;

    public Lexer(SourceText source)
    {
        _input = source.Bytes;
    }

    /// <summary>Lexes the next token in program mode.</summary>
    public Token NextToken()
    {
        while (true)
        {
            var token = LexProgram();
            if (token is { } t)
            {
                return Cook(t);
            }
        }
    }

    /// <summary>Lexes a regex body after the opening <c>/</c>; returns REGEX or INVALID.</summary>
    /// <remarks>The closing <c>/</c> is left for the parser, which reads it as a token.</remarks>
    public Token NextRegexToken() =>
        LexDelimited('/', TokenKind.Regex, consumeClose: false, () => $"Unterminated regular expression: \"/{_text}\"");

    // The body of a string or regex literal: only an escaped delimiter is unescaped, every other
    // backslash is kept as written; a newline or the end of input leaves it unterminated.
    Token LexDelimited(char close, TokenKind kind, bool consumeClose, Func<string> unterminated)
    {
        while (true)
        {
            var r = Next();
            if (r == '\\')
            {
                Skip();
                r = Next();
                if (r == Eof || r == '\n')
                {
                    return Error(unterminated());
                }
                if (r != close)
                {
                    _text.Append('\\');
                }
                Accept();
                continue;
            }
            if (r == Eof || r == '\n')
            {
                return Error(unterminated());
            }
            if (r == close)
            {
                if (consumeClose)
                {
                    Skip();
                }
                else
                {
                    Backup();
                }
                return Emit(kind);
            }
            Accept();
        }
    }

    // Turns literal spellings into checked values the way mtail's parser driver does: a literal
    // that does not convert becomes an INVALID token carrying the error.
    static Token Cook(Token token) => token.Kind switch
    {
        TokenKind.IntLiteral when !GoStrconv.TryParseInt(token.Text, 10, out _, out var error) =>
            token with { Kind = TokenKind.Invalid, Text = $"bad number '{token.Text}': {error}" },
        TokenKind.FloatLiteral when !GoStrconv.TryParseFloat(token.Text, out _, out var error) =>
            token with { Kind = TokenKind.Invalid, Text = $"bad number '{token.Text}': {error}" },
        TokenKind.DurationLiteral when !GoDuration.TryParse(token.Text, out _, out var error) =>
            token with { Kind = TokenKind.Invalid, Text = error! },
        _ => token,
    };


    // The read cursor, as in mtail: Next reads a rune without moving the column; Accept, Skip and
    // Ignore move it; Backup un-reads the last rune.
    int Next()
    {
        if (_offset >= _input.Length)
        {
            _rune = Eof;
            _width = 1;
            return _rune;
        }
        var status = Rune.DecodeFromUtf8(_input.AsSpan(_offset), out var rune, out var consumed);
        if (status != OperationStatus.Done)
        {
            rune = Rune.ReplacementChar;
            consumed = 1;
        }
        _offset += consumed;
        _width = consumed;
        _rune = rune.Value == NewLineSentinel ? Eof : rune.Value;
        return _rune;
    }

    void Backup()
    {
        if (_rune == Eof && _offset >= _input.Length)
        {
            _width = 0;
            return;
        }
        _offset -= _width;
        _width = 0;
    }

    void StepCursor()
    {
        if (_rune == '\n')
        {
            _line++;
            _col = 0;
        }
        else
        {
            _col += _width;
        }
    }

    void Accept()
    {
        if (_rune >= 0)
        {
            _text.Append(char.ConvertFromUtf32(_rune));
        }
        StepCursor();
    }

    void Skip() => StepCursor();

    void Ignore()
    {
        StepCursor();
        _startCol = _col;
    }

    Token Emit(TokenKind kind)
    {
        var token = new Token(kind, _text.ToString(), new SourcePos(_line, _startCol, _col - 1));
        _text.Clear();
        _startCol = _col;
        return token;
    }

    Token Error(string message)
    {
        var token = new Token(TokenKind.Invalid, message, new SourcePos(_line, _startCol, _col - 1));
        _text.Clear();
        _startCol = _col;
        return token;
    }
}
