namespace LogMetrics.Tests.Language.Lexing;

/// <summary>
/// mtail's lexical traps as exact token lists (<c>KIND text @line:start-end</c>, 1-based byte
/// columns). An end column before the start is mtail's bookkeeping after a newline or a comment;
/// a diagnostic prints the start alone.
/// </summary>
public sealed class LexerTrapTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "a comment swallows its newline and the start column runs on",
            "a # comment\nb\n",
            [
                "ID a @1:1-1",
                "ID b @2:12-1",
                "NL \n @3:2-0",
                "$end  @3:1-1",
            ]
        },
        {
            "a minus sign before a digit belongs to the number",
            "x-1 x - 1 x--1",
            [
                "ID x @1:1-1",
                "INTLITERAL -1 @1:2-3",
                "ID x @1:5-5",
                "MINUS - @1:7-7",
                "INTLITERAL 1 @1:9-9",
                "ID x @1:11-11",
                "DEC -- @1:12-13",
                "INTLITERAL 1 @1:14-14",
                "$end  @1:15-15",
            ]
        },
        {
            "1.61.1 is two float literals",
            "1.61.1",
            [
                "FLOATLITERAL 1.61 @1:1-4",
                "FLOATLITERAL .1 @1:5-6",
                "$end  @1:7-7",
            ]
        },
        {
            "strings keep every backslash except before a quote",
            "\"tab\\there\" \"q\\\"q\" \"back\\\\\"",
            [
                "STRING tab\\there @1:1-11",
                "STRING q\"q @1:13-18",
                "STRING back\\\\ @1:20-27",
                "$end  @1:28-28",
            ]
        },
        {
            "a string cut by a newline",
            "\"unterminated\n",
            [
                "INVALID Unterminated quoted string: \"\\\"unterminated\" @1:1-13",
                "$end  @1:14-14",
            ]
        },
        {
            "a string cut by the end of input",
            "\"eof",
            [
                "INVALID Unterminated quoted string: \"\\\"eof\" @1:1-4",
                "$end  @1:5-5",
            ]
        },
        {
            "characters that start no token",
            "! !x _x ? \ufeffa",
            [
                "INVALID Unexpected input: '!' @1:1-1",
                "INVALID Unexpected input: '!' @1:3-3",
                "ID x @1:4-4",
                "INVALID Unexpected input: '_' @1:6-6",
                "ID x @1:7-7",
                "INVALID Unexpected input: '?' @1:9-9",
                "INVALID Unexpected input: '\\ufeff' @1:11-13",
                "ID a @1:14-14",
                "$end  @1:15-15",
            ]
        },
        {
            "newline tokens report the next line",
            "a\nb\n\nc",
            [
                "ID a @1:1-1",
                "NL \n @2:2-0",
                "ID b @2:1-1",
                "NL \n @3:2-0",
                "NL \n @4:1-0",
                "ID c @4:1-1",
                "$end  @4:2-2",
            ]
        },
        {
            "identifiers count columns in bytes",
            "unicod\u00e9 \u00e91 $\u00e9",
            [
                "ID unicod\u00e9 @1:1-8",
                "ID \u00e91 @1:10-12",
                "CAPREF_NAMED \u00e9 @1:14-16",
                "$end  @1:17-17",
            ]
        },
        {
            "an int literal out of range",
            "99999999999999999999",
            [
                "INVALID bad number '99999999999999999999': strconv.ParseInt: parsing \"99999999999999999999\": value out of range @1:1-20",
                "$end  @1:21-21",
            ]
        },
        {
            "carriage return is white space",
            "a\r\nb",
            [
                "ID a @1:1-1",
                "NL \n @2:3-0",
                "ID b @2:1-1",
                "$end  @2:2-2",
            ]
        },
        {
            "a duration after a float's second dot",
            "1.5.5h 5x",
            [
                "FLOATLITERAL 1.5 @1:1-3",
                "DURATIONLITERAL .5h @1:4-6",
                "INTLITERAL 5 @1:8-8",
                "ID x @1:9-9",
                "$end  @1:10-10",
            ]
        },
        {
            "the end-of-input sentinel rune stops the lexer",
            "a \u2424 b",
            [
                "ID a @1:1-1",
                "$end  @1:3-5",
            ]
        },
        {
            "non-ASCII digits lex as a number that does not parse",
            "\u0663",
            [
                "INVALID bad number '\u0663': strconv.ParseInt: parsing \"\u0663\": invalid syntax @1:1-2",
                "$end  @1:3-3",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Input_lexes_to_exact_tokens(string description, string input, string[] expected)
    {
        Lexed.Tokens(input).Should().Equal(expected, description);
    }
}
