using LogMetrics.Go;
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
        Go.GoDuration.TryParse(text, out var nanoseconds, out _)
            ? GoParsed.Ok<TimeSpan>(TimeSpan.FromTicks(nanoseconds / 100))
            : GoParsed.Fail<TimeSpan>(ParseError);

    /// <summary>mtail's <c>seqStringFlag</c>: each occurrence is split on commas, empty pieces kept.</summary>
    public static GoParsed<IReadOnlyList<string>> CommaList(string text) => GoParsed.Ok<IReadOnlyList<string>>(text.Split(','));

    /// <summary>
    /// Comma-separated <c>name=value</c> pairs whose names are Prometheus label names (<c>-push_label</c>);
    /// an empty text is no pairs.
    /// </summary>
    public static GoParsed<System.Collections.Immutable.ImmutableArray<string>> NameValueList(string text)
    {
        if (text.Length == 0)
        {
            return GoParsed.Ok<System.Collections.Immutable.ImmutableArray<string>>([]);
        }

        var pairs = text.Split(',');
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !IsLabelName(pair.AsSpan(0, equals)))
            {
                return GoParsed.Fail<System.Collections.Immutable.ImmutableArray<string>>(
                    "want name=value with a label name of [a-zA-Z_][a-zA-Z0-9_]*");
            }
        }

        return GoParsed.Ok<System.Collections.Immutable.ImmutableArray<string>>([.. pairs]);
    }

    private static bool IsLabelName(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (i > 0 && c is >= '0' and <= '9');
            if (!ok)
            {
                return false;
            }
        }

        return name.Length > 0;
    }
}
