namespace LogMetrics.Go;

/// <summary>
/// A Go reference layout (<c>2006-01-02T15:04:05Z07:00</c>) compiled once into literal/element steps,
/// then used to parse many values with Go's <c>time.Parse</c> / <c>time.ParseInLocation</c> semantics and
/// error texts. Immutable and thread-safe; parsing allocates only to build an error message.
/// </summary>
public sealed partial class GoTimeLayout
{
    private readonly GoLayoutChunk[] _chunks;

    private GoTimeLayout(string layout, GoLayoutChunk[] chunks)
    {
        Layout = layout;
        _chunks = chunks;
    }

    /// <summary>The layout text as written.</summary>
    public string Layout { get; }

    /// <summary>Splits a layout into steps the way Go's <c>nextStdChunk</c> finds elements. Never fails: unknown text is literal.</summary>
    public static GoTimeLayout Compile(string layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var chunks = new List<GoLayoutChunk>();
        var rest = layout;
        while (true)
        {
            var (start, length, element, digits) = NextElement(rest);
            if (element == GoLayoutElement.None)
            {
                chunks.Add(new GoLayoutChunk(rest, element, "", 0));
                break;
            }

            chunks.Add(new GoLayoutChunk(rest[..start], element, rest.Substring(start, length), digits));
            rest = rest[(start + length)..];
        }

        return new GoTimeLayout(layout, [.. chunks]);
    }

    public override string ToString() => Layout;

    // The first layout element in s: where it starts, how long it is, what it is, and for fractional
    // seconds how many digits. Mirrors the precedence of Go's nextStdChunk exactly.
    private static (int Start, int Length, GoLayoutElement Element, int Digits) NextElement(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var rest = s.AsSpan(i);
            switch (s[i])
            {
                case 'J':
                    if (rest.StartsWith("Jan", StringComparison.Ordinal))
                    {
                        if (rest.StartsWith("January", StringComparison.Ordinal))
                        {
                            return (i, 7, GoLayoutElement.LongMonth, 0);
                        }

                        if (!StartsWithLower(rest[3..]))
                        {
                            return (i, 3, GoLayoutElement.Month, 0);
                        }
                    }

                    break;
                case 'M':
                    if (rest.StartsWith("Mon", StringComparison.Ordinal))
                    {
                        if (rest.StartsWith("Monday", StringComparison.Ordinal))
                        {
                            return (i, 6, GoLayoutElement.LongWeekDay, 0);
                        }

                        if (!StartsWithLower(rest[3..]))
                        {
                            return (i, 3, GoLayoutElement.WeekDay, 0);
                        }
                    }

                    if (rest.StartsWith("MST", StringComparison.Ordinal))
                    {
                        return (i, 3, GoLayoutElement.ZoneName, 0);
                    }

                    break;
                case '0':
                    if (rest.Length >= 2 && rest[1] is >= '1' and <= '6')
                    {
                        GoLayoutElement[] zeroPadded =
                        [
                            GoLayoutElement.ZeroMonth, GoLayoutElement.ZeroDay, GoLayoutElement.ZeroHour12,
                            GoLayoutElement.ZeroMinute, GoLayoutElement.ZeroSecond, GoLayoutElement.Year,
                        ];
                        return (i, 2, zeroPadded[rest[1] - '1'], 0);
                    }

                    if (rest.StartsWith("002", StringComparison.Ordinal))
                    {
                        return (i, 3, GoLayoutElement.ZeroYearDay, 0);
                    }

                    break;
                case '1':
                    return rest.StartsWith("15", StringComparison.Ordinal)
                        ? (i, 2, GoLayoutElement.Hour, 0)
                        : (i, 1, GoLayoutElement.NumMonth, 0);
                case '2':
                    return rest.StartsWith("2006", StringComparison.Ordinal)
                        ? (i, 4, GoLayoutElement.LongYear, 0)
                        : (i, 1, GoLayoutElement.Day, 0);
                case '_':
                    if (rest.StartsWith("_2", StringComparison.Ordinal))
                    {
                        // "_2006" is a literal underscore followed by the year.
                        return rest.StartsWith("_2006", StringComparison.Ordinal)
                            ? (i + 1, 4, GoLayoutElement.LongYear, 0)
                            : (i, 2, GoLayoutElement.UnderDay, 0);
                    }

                    if (rest.StartsWith("__2", StringComparison.Ordinal))
                    {
                        return (i, 3, GoLayoutElement.UnderYearDay, 0);
                    }

                    break;
                case '3':
                    return (i, 1, GoLayoutElement.Hour12, 0);
                case '4':
                    return (i, 1, GoLayoutElement.Minute, 0);
                case '5':
                    return (i, 1, GoLayoutElement.Second, 0);
                case 'P':
                    if (rest.StartsWith("PM", StringComparison.Ordinal))
                    {
                        return (i, 2, GoLayoutElement.UpperPM, 0);
                    }

                    break;
                case 'p':
                    if (rest.StartsWith("pm", StringComparison.Ordinal))
                    {
                        return (i, 2, GoLayoutElement.LowerPM, 0);
                    }

                    break;
                case '-':
                    if (TryZone(rest, '-', out var numLength, out var numElement))
                    {
                        return (i, numLength, numElement, 0);
                    }

                    break;
                case 'Z':
                    if (TryZone(rest, 'Z', out var isoLength, out var isoElement))
                    {
                        return (i, isoLength, isoElement, 0);
                    }

                    break;
                case '.' or ',':
                    if (rest.Length >= 2 && rest[1] is '0' or '9')
                    {
                        var j = 1;
                        while (j < rest.Length && rest[j] == rest[1])
                        {
                            j++;
                        }

                        // The run must end the number: "05.0001" is not a fraction element.
                        if (j >= rest.Length || rest[j] is < '0' or > '9')
                        {
                            var element = rest[1] == '0' ? GoLayoutElement.FracSecond0 : GoLayoutElement.FracSecond9;
                            return (i, j, element, j - 1);
                        }
                    }

                    break;
            }
        }

        return (s.Length, 0, GoLayoutElement.None, 0);
    }

    // Zone elements in Go's order of preference: seconds forms first, then -0700, -07:00, -07.
    private static bool TryZone(ReadOnlySpan<char> rest, char lead, out int length, out GoLayoutElement element)
    {
        var iso = lead == 'Z';
        (string Text, GoLayoutElement Num, GoLayoutElement Iso)[] forms =
        [
            ("070000", GoLayoutElement.NumSecondsTz, GoLayoutElement.Iso8601SecondsTz),
            ("07:00:00", GoLayoutElement.NumColonSecondsTz, GoLayoutElement.Iso8601ColonSecondsTz),
            ("0700", GoLayoutElement.NumTz, GoLayoutElement.Iso8601Tz),
            ("07:00", GoLayoutElement.NumColonTz, GoLayoutElement.Iso8601ColonTz),
            ("07", GoLayoutElement.NumShortTz, GoLayoutElement.Iso8601ShortTz),
        ];
        foreach (var (text, num, isoForm) in forms)
        {
            if (rest[1..].StartsWith(text, StringComparison.Ordinal))
            {
                length = text.Length + 1;
                element = iso ? isoForm : num;
                return true;
            }
        }

        length = 0;
        element = GoLayoutElement.None;
        return false;
    }

    private static bool StartsWithLower(ReadOnlySpan<char> s) => s.Length > 0 && s[0] is >= 'a' and <= 'z';
}
