namespace LogMetrics.Tests.Language.Lexing;

/// <summary>
/// Every token kind in program mode, as exact token lists: <c>KIND text @line:start-end</c>
/// with 1-based byte columns as mtail keeps them. Kind names are the ones mtail's parser prints.
/// </summary>
public sealed class LexerTokenKindTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "every operator and punctuation token",
            "{ } ( ) [ ] , - + = ++ += < > <= >= == != * / << >> & | ^ ~ ** % || && =~ !~ --",
            [
                "LCURLY { @1:1-1",
                "RCURLY } @1:3-3",
                "LPAREN ( @1:5-5",
                "RPAREN ) @1:7-7",
                "LSQUARE [ @1:9-9",
                "RSQUARE ] @1:11-11",
                "COMMA , @1:13-13",
                "MINUS - @1:15-15",
                "PLUS + @1:17-17",
                "ASSIGN = @1:19-19",
                "INC ++ @1:21-22",
                "ADD_ASSIGN += @1:24-25",
                "LT < @1:27-27",
                "GT > @1:29-29",
                "LE <= @1:31-32",
                "GE >= @1:34-35",
                "EQ == @1:37-38",
                "NE != @1:40-41",
                "MUL * @1:43-43",
                "DIV / @1:45-45",
                "SHL << @1:47-48",
                "SHR >> @1:50-51",
                "BITAND & @1:53-53",
                "BITOR | @1:55-55",
                "XOR ^ @1:57-57",
                "NOT ~ @1:59-59",
                "POW ** @1:61-62",
                "MOD % @1:64-64",
                "OR || @1:66-67",
                "AND && @1:69-70",
                "MATCH =~ @1:72-73",
                "NOT_MATCH !~ @1:75-76",
                "DEC -- @1:78-79",
                "$end  @1:80-80",
            ]
        },
        {
            "every reserved word",
            "after as buckets by const counter def del else gauge hidden histogram limit next otherwise stop text timer",
            [
                "AFTER after @1:1-5",
                "AS as @1:7-8",
                "BUCKETS buckets @1:10-16",
                "BY by @1:18-19",
                "CONST const @1:21-25",
                "COUNTER counter @1:27-33",
                "DEF def @1:35-37",
                "DEL del @1:39-41",
                "ELSE else @1:43-46",
                "GAUGE gauge @1:48-52",
                "HIDDEN hidden @1:54-59",
                "HISTOGRAM histogram @1:61-69",
                "LIMIT limit @1:71-75",
                "NEXT next @1:77-80",
                "OTHERWISE otherwise @1:82-90",
                "STOP stop @1:92-95",
                "TEXT text @1:97-100",
                "TIMER timer @1:102-106",
                "$end  @1:107-107",
            ]
        },
        {
            "every builtin name; defined and log_filter stay identifiers",
            "bool float getfilename int len settime string strptime strtol subst timestamp tolower defined log_filter",
            [
                "BUILTIN bool @1:1-4",
                "BUILTIN float @1:6-10",
                "BUILTIN getfilename @1:12-22",
                "BUILTIN int @1:24-26",
                "BUILTIN len @1:28-30",
                "BUILTIN settime @1:32-38",
                "BUILTIN string @1:40-45",
                "BUILTIN strptime @1:47-54",
                "BUILTIN strtol @1:56-61",
                "BUILTIN subst @1:63-67",
                "BUILTIN timestamp @1:69-77",
                "BUILTIN tolower @1:79-85",
                "ID defined @1:87-93",
                "ID log_filter @1:95-104",
                "$end  @1:105-105",
            ]
        },
        {
            "names, capture references, decorators and literals",
            "x1 $1 $0 $name $a_1 @deco 42 3.5 .5 1e3 1e-3 123.456e7 \"s\"",
            [
                "ID x1 @1:1-2",
                "CAPREF 1 @1:4-5",
                "CAPREF 0 @1:7-8",
                "CAPREF_NAMED name @1:10-14",
                "CAPREF_NAMED a_1 @1:16-19",
                "DECO deco @1:21-25",
                "INTLITERAL 42 @1:27-28",
                "FLOATLITERAL 3.5 @1:30-32",
                "FLOATLITERAL .5 @1:34-35",
                "FLOATLITERAL 1e3 @1:37-39",
                "FLOATLITERAL 1e-3 @1:41-44",
                "FLOATLITERAL 123.456e7 @1:46-54",
                "STRING s @1:56-58",
                "$end  @1:59-59",
            ]
        },
        {
            "durations the lexer keeps, and days it rejects",
            "1h 15m -1.5h 90s 1d",
            [
                "DURATIONLITERAL 1h @1:1-2",
                "DURATIONLITERAL 15m @1:4-6",
                "DURATIONLITERAL -1.5h @1:8-12",
                "DURATIONLITERAL 90s @1:14-16",
                "INVALID time: unknown unit \"d\" in duration \"1d\" @1:18-19",
                "$end  @1:20-20",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_token_kind_lexes_with_its_mtail_name_and_position(string description, string input, string[] expected)
    {
        Lexed.Tokens(input).Should().Equal(expected, description);
    }
}
