namespace LogMetrics.Cli.GoFlags;

/// <summary>
/// Value parsers for Go's built-in flag types, returning the error text the <c>flag</c> package prints
/// after <c>invalid value "x" for flag -name: </c>.
/// </summary>
public static class GoValues
{
    // The flag package replaces strconv's detailed errors with these two words.
    private const string ParseError = "parse error";
    private const string RangeError = "value out of range";

    public static GoParsed<bool> Bool(string text) =>
        GoNumbers.TryParseBool(text, out var value) ? GoParsed.Ok<bool>(value) : GoParsed.Fail<bool>(ParseError);

    public static GoParsed<string> Text(string text) => GoParsed.Ok<string>(text);

    public static GoParsed<long> Number(string text) => GoNumbers.ParseInt(text, out var value) switch
    {
        GoNumberError.None => GoParsed.Ok<long>(value),
        GoNumberError.Range => GoParsed.Fail<long>(RangeError),
        _ => GoParsed.Fail<long>(ParseError),
    };

    public static GoParsed<TimeSpan> Duration(string text) =>
        Language.Go.GoDuration.TryParse(text, out var nanoseconds, out _)
            ? GoParsed.Ok<TimeSpan>(TimeSpan.FromTicks(nanoseconds / 100))
            : GoParsed.Fail<TimeSpan>(ParseError);

    /// <summary>mtail's <c>seqStringFlag</c>: each occurrence is split on commas, empty pieces kept.</summary>
    public static GoParsed<IReadOnlyList<string>> CommaList(string text) => GoParsed.Ok<IReadOnlyList<string>>(text.Split(','));
}
