namespace LogMetrics.Cli.GoFlags;

/// <summary>
/// Go's <c>%q</c>, used wherever mtail quotes user input in a message (flag errors, the
/// extra-arguments list, the timezone error), so the messages read the same.
/// </summary>
public static class GoQuote
{
    /// <summary>Quotes one string the way Go's <c>%q</c> does.</summary>
    public static string Quote(string text) => Language.Go.GoQuote.String(text);

    /// <summary>Go's <c>%q</c> of a <c>[]string</c>: <c>["a" "b"]</c>.</summary>
    public static string QuoteList(IEnumerable<string> items) => "[" + string.Join(' ', items.Select(Quote)) + "]";
}
