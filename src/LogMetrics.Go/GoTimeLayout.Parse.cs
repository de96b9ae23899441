namespace LogMetrics.Go;

public sealed partial class GoTimeLayout
{
    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] LongMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] ShortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] LongDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>Go's <c>time.Parse</c>: zone-less values are UTC; abbreviations and offsets are matched against <see cref="GoLocation.Local"/>.</summary>
    public bool TryParse(ReadOnlySpan<char> value, out GoTime time, out string? error) =>
        TryParse(value, GoLocation.Utc, GoLocation.Local, out time, out error);

    /// <summary>Go's <c>time.ParseInLocation</c>: zone-less values are read in <paramref name="location"/>, which also resolves abbreviations.</summary>
    public bool TryParse(ReadOnlySpan<char> value, GoLocation location, out GoTime time, out string? error) =>
        TryParse(value, location, location, out time, out error);

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, GoLocation, out GoTime, out string?)"/>, giving Go's <c>UnixNano()</c> (which wraps for year 0).</summary>
    public bool TryParse(ReadOnlySpan<char> value, GoLocation location, out long unixNanoseconds, out string? error)
    {
        var ok = TryParse(value, location, location, out var time, out error);
        unixNanoseconds = ok ? time.UnixNanoseconds : 0;
        return ok;
    }

    /// <summary>
    /// Go's internal <c>parse(layout, value, defaultLocation, local)</c>. On failure <paramref name="time"/> is
    /// Go's zero Time and <paramref name="error"/> is Go's <c>ParseError</c> text.
    /// </summary>
    public bool TryParse(ReadOnlySpan<char> value, GoLocation defaultLocation, GoLocation local, out GoTime time, out string? error)
    {
        ArgumentNullException.ThrowIfNull(defaultLocation);
        ArgumentNullException.ThrowIfNull(local);
        var original = value;
        var f = new Fields();
        for (var i = 0; i < _chunks.Length; i++)
        {
            var chunk = _chunks[i];
            if (!Skip(ref value, chunk.Prefix))
            {
                return Fail(original, chunk.Prefix, value, out time, out error);
            }

            if (chunk.Element == GoLayoutElement.None)
            {
                if (!value.IsEmpty)
                {
                    return FailWith(original, ": extra text: " + GoQuote.TimeString(value), out time, out error);
                }

                break;
            }

            var next = i + 1 < _chunks.Length ? _chunks[i + 1].Element : GoLayoutElement.None;
            f.ConsumedBefore = original.Length - value.Length;
            var ok = ReadElement(chunk, next, ref value, ref f, out var rangeError);
            if (rangeError is not null)
            {
                return FailWith(original, ": " + rangeError + " out of range", out time, out error);
            }

            if (!ok)
            {
                // Go 1.19 (mtail rc50) quotes the value after the element's attempt; later Go quotes it from the element's start.
                return Fail(original, chunk.ElementText, value, out time, out error);
            }
        }

        if (f.PmSet && f.Hour < 12)
        {
            f.Hour += 12;
        }
        else if (f.AmSet && f.Hour == 12)
        {
            f.Hour = 0;
        }

        if (!ResolveDate(ref f, out var dateError))
        {
            return FailWith(original, dateError, out time, out error);
        }

        error = null;
        var wall = GoCivil.ToUnixSeconds(f.Year, f.Month, f.Day, f.Hour, f.Minute, f.Second);
        time = Resolve(wall, original, ref f, defaultLocation, local);
        return true;
    }

    // Picks the instant and location from whatever zone information the value carried.
    private static GoTime Resolve(long wall, ReadOnlySpan<char> original, ref Fields f, GoLocation defaultLocation, GoLocation local)
    {
        if (f.Utc)
        {
            return new GoTime(wall, f.Nanosecond, GoLocation.Utc);
        }

        var zoneName = f.ZoneNameLength > 0 ? original.Slice(f.ZoneNameStart, f.ZoneNameLength) : default;
        if (f.HasOffset)
        {
            // The offset always decides the instant; the local location is kept only if it agrees.
            var unix = wall - f.ZoneOffset;
            var zone = local.Lookup(unix);
            return zone.Offset == f.ZoneOffset && (zoneName.IsEmpty || zoneName.SequenceEqual(zone.Name))
                ? new GoTime(unix, f.Nanosecond, local)
                : new GoTime(unix, f.Nanosecond, f.ZoneOffset);
        }

        if (!zoneName.IsEmpty)
        {
            if (local.TryLookupName(zoneName, wall, out var offset))
            {
                return new GoTime(wall - offset, f.Nanosecond, local);
            }

            // An unknown abbreviation gets offset 0, except GMT+h / GMT-h which carry their own.
            offset = 0;
            if (zoneName.Length > 3 && zoneName.StartsWith("GMT", StringComparison.Ordinal))
            {
                Atoi(zoneName[3..], out var hours);
                offset = hours * 3600;
            }

            return new GoTime(wall, f.Nanosecond, offset);
        }

        return new GoTime(defaultLocation.ToUnix(wall), f.Nanosecond, defaultLocation);
    }

    // Turns a day of year into month and day, applies defaults, and validates the day of the month.
    private static bool ResolveDate(ref Fields f, out string error)
    {
        error = "";
        if (f.YearDay >= 0)
        {
            var yday = f.YearDay;
            int m = 0, d = 0;
            if (GoCivil.IsLeap(f.Year))
            {
                if (yday == 31 + 29)
                {
                    m = 2;
                    d = 29;
                }
                else if (yday > 31 + 29)
                {
                    yday--;
                }
            }

            if (yday is < 1 or > 365)
            {
                error = ": day-of-year out of range";
                return false;
            }

            if (m == 0)
            {
                m = ((yday - 1) / 31) + 1;
                if (m < 12 && GoCivil.DaysBefore(m + 1) < yday)
                {
                    m++;
                }

                d = yday - GoCivil.DaysBefore(m);
            }

            if (f.Month >= 0 && f.Month != m)
            {
                error = ": day-of-year does not match month";
                return false;
            }

            f.Month = m;
            if (f.Day >= 0 && f.Day != d)
            {
                error = ": day-of-year does not match day";
                return false;
            }

            f.Day = d;
        }
        else
        {
            f.Month = f.Month < 0 ? 1 : f.Month;
            f.Day = f.Day < 0 ? 1 : f.Day;
        }

        if (f.Day < 1 || f.Day > GoCivil.DaysIn(f.Month, f.Year))
        {
            error = ": day out of range";
            return false;
        }

        return true;
    }

    private bool Fail(ReadOnlySpan<char> value, string layoutElement, ReadOnlySpan<char> valueElement, out GoTime time, out string error)
    {
        time = GoTime.Zero;
        error = "parsing time " + GoQuote.TimeString(value) + " as " + GoQuote.TimeString(Layout)
            + ": cannot parse " + GoQuote.TimeString(valueElement) + " as " + GoQuote.TimeString(layoutElement);
        return false;
    }

    private static bool FailWith(ReadOnlySpan<char> value, string message, out GoTime time, out string error)
    {
        time = GoTime.Zero;
        error = "parsing time " + GoQuote.TimeString(value) + message;
        return false;
    }

    // Removes a literal prefix from the value; a space in the layout matches any run of spaces (even none
    // at the end of the value), as Go's skip does. On failure the value is left where matching stopped.
    private static bool Skip(ref ReadOnlySpan<char> value, string prefix)
    {
        var p = prefix.AsSpan();
        while (!p.IsEmpty)
        {
            if (p[0] == ' ')
            {
                if (!value.IsEmpty && value[0] != ' ')
                {
                    return false;
                }

                p = p.TrimStart(' ');
                value = value.TrimStart(' ');
                continue;
            }

            if (value.IsEmpty || value[0] != p[0])
            {
                return false;
            }

            p = p[1..];
            value = value[1..];
        }

        return true;
    }
}
