namespace LogMetrics.Go;

public sealed partial class GoTimeLayout
{
    // What the value has said so far; -1 means "not given".
    private struct Fields
    {
        public Fields()
        {
        }

        public long Year;
        public int Month = -1;
        public int Day = -1;
        public int YearDay = -1;
        public int Hour;
        public int Minute;
        public int Second;
        public int Nanosecond;
        public bool AmSet;
        public bool PmSet;
        public bool Utc;
        public bool HasOffset;
        public int ZoneOffset;
        public int ZoneNameStart;
        public int ZoneNameLength;
        public int ConsumedBefore;
    }

    // Reads one element from the front of value. Returns false for "cannot parse"; a range problem is
    // reported through rangeError (Go checks it first, even when the read also failed). On failure value
    // is left where Go 1.19 leaves it, because that is the text its error message quotes.
    private static bool ReadElement(GoLayoutChunk chunk, GoLayoutElement next, ref ReadOnlySpan<char> value, ref Fields f, out string? rangeError)
    {
        rangeError = null;
        int n;
        switch (chunk.Element)
        {
            case GoLayoutElement.Year:
                if (value.Length < 2)
                {
                    return false;
                }

                var twoDigits = value[..2];
                value = value[2..];
                if (!Atoi(twoDigits, out n))
                {
                    return false;
                }

                f.Year = n >= 69 ? n + 1900 : n + 2000;
                return true;
            case GoLayoutElement.LongYear:
                if (value.Length < 4 || !IsDigit(value, 0))
                {
                    return false;
                }

                var fourDigits = value[..4];
                value = value[4..];
                if (!Atoi(fourDigits, out n))
                {
                    return false;
                }

                f.Year = n;
                return true;
            case GoLayoutElement.Month:
                return Lookup(ShortMonths, ref value, out f.Month) && (++f.Month > 0);
            case GoLayoutElement.LongMonth:
                return Lookup(LongMonths, ref value, out f.Month) && (++f.Month > 0);
            case GoLayoutElement.NumMonth or GoLayoutElement.ZeroMonth:
                if (!GetNum(ref value, chunk.Element == GoLayoutElement.ZeroMonth, out f.Month))
                {
                    return false;
                }

                rangeError = f.Month is <= 0 or > 12 ? "month" : null;
                return true;
            case GoLayoutElement.WeekDay:
                // The weekday is checked for syntax only.
                return Lookup(ShortDays, ref value, out _);
            case GoLayoutElement.LongWeekDay:
                return Lookup(LongDays, ref value, out _);
            case GoLayoutElement.Day or GoLayoutElement.UnderDay or GoLayoutElement.ZeroDay:
                if (chunk.Element == GoLayoutElement.UnderDay && !value.IsEmpty && value[0] == ' ')
                {
                    value = value[1..];
                }

                // Any one- or two-digit day is accepted here; the date is validated at the end.
                return GetNum(ref value, chunk.Element == GoLayoutElement.ZeroDay, out f.Day);
            case GoLayoutElement.UnderYearDay or GoLayoutElement.ZeroYearDay:
                for (var i = 0; i < 2 && chunk.Element == GoLayoutElement.UnderYearDay && !value.IsEmpty && value[0] == ' '; i++)
                {
                    value = value[1..];
                }

                return GetNum3(ref value, chunk.Element == GoLayoutElement.ZeroYearDay, out f.YearDay);
            case GoLayoutElement.Hour:
                var hourOk = GetNum(ref value, false, out f.Hour);
                rangeError = f.Hour is < 0 or >= 24 ? "hour" : null;
                return hourOk;
            case GoLayoutElement.Hour12 or GoLayoutElement.ZeroHour12:
                var hour12Ok = GetNum(ref value, chunk.Element == GoLayoutElement.ZeroHour12, out f.Hour);
                rangeError = f.Hour is < 0 or > 12 ? "hour" : null;
                return hour12Ok;
            case GoLayoutElement.Minute or GoLayoutElement.ZeroMinute:
                var minuteOk = GetNum(ref value, chunk.Element == GoLayoutElement.ZeroMinute, out f.Minute);
                rangeError = f.Minute is < 0 or >= 60 ? "minute" : null;
                return minuteOk;
            case GoLayoutElement.Second or GoLayoutElement.ZeroSecond:
                return ReadSecond(chunk, next, ref value, ref f, out rangeError);
            case GoLayoutElement.UpperPM or GoLayoutElement.LowerPM:
                if (value.Length < 2)
                {
                    return false;
                }

                var upper = chunk.Element == GoLayoutElement.UpperPM;
                var marker = value[..2];
                value = value[2..];
                f.PmSet |= marker.SequenceEqual(upper ? "PM" : "pm");
                f.AmSet |= marker.SequenceEqual(upper ? "AM" : "am");
                return marker.SequenceEqual(upper ? "PM" : "pm") || marker.SequenceEqual(upper ? "AM" : "am");
            case GoLayoutElement.ZoneName:
                if (value.StartsWith("UTC", StringComparison.Ordinal))
                {
                    f.Utc = true;
                    value = value[3..];
                    return true;
                }

                n = ZoneNameLength(value);
                if (n == 0)
                {
                    return false;
                }

                f.ZoneNameStart = f.ConsumedBefore;
                f.ZoneNameLength = n;
                value = value[n..];
                return true;
            case GoLayoutElement.FracSecond0:
                var digits = 1 + chunk.FractionDigits;
                if (value.Length < digits)
                {
                    return false;
                }

                var fracOk = ParseNanoseconds(value, digits, out f.Nanosecond, out rangeError);
                value = value[digits..];
                return fracOk;
            case GoLayoutElement.FracSecond9:
                if (value.Length < 2 || value[0] is not ('.' or ',') || !IsDigit(value, 1))
                {
                    // An omitted optional fraction is fine.
                    return true;
                }

                // Go 1.19 (mtail rc50) reads at most nine digits here; later Go reads them all.
                var end = 1;
                while (end < 10 && end < value.Length && IsDigit(value, end))
                {
                    end++;
                }

                var nineOk = ParseNanoseconds(value, end, out f.Nanosecond, out rangeError);
                value = value[end..];
                return nineOk;
            default:
                return ReadOffset(chunk.Element, ref value, ref f);
        }
    }

    private static bool ReadSecond(GoLayoutChunk chunk, GoLayoutElement next, ref ReadOnlySpan<char> value, ref Fields f, out string? rangeError)
    {
        rangeError = null;
        if (!GetNum(ref value, chunk.Element == GoLayoutElement.ZeroSecond, out f.Second))
        {
            return false;
        }

        if (f.Second is < 0 or >= 60)
        {
            rangeError = "second";
            return true;
        }

        // A fraction right after the seconds is accepted even when the layout has none.
        if (value.Length >= 2 && value[0] is '.' or ',' && IsDigit(value, 1)
            && next is not (GoLayoutElement.FracSecond0 or GoLayoutElement.FracSecond9))
        {
            var end = 2;
            while (end < value.Length && IsDigit(value, end))
            {
                end++;
            }

            var ok = ParseNanoseconds(value, end, out f.Nanosecond, out rangeError);
            value = value[end..];
            return ok;
        }

        return true;
    }

    // Numeric offsets (-0700, -07:00, -07, with seconds forms), and the ISO forms that also accept "Z".
    private static bool ReadOffset(GoLayoutElement element, ref ReadOnlySpan<char> value, ref Fields f)
    {
        // In Go 1.19 only Z0700, Z07 and Z07:00 accept a bare "Z"; the seconds forms do not.
        var acceptsZ = element is GoLayoutElement.Iso8601Tz or GoLayoutElement.Iso8601ShortTz or GoLayoutElement.Iso8601ColonTz;
        if (acceptsZ && !value.IsEmpty && value[0] == 'Z')
        {
            value = value[1..];
            f.Utc = true;
            return true;
        }

        ReadOnlySpan<char> hh, mm = "00", ss = "00";
        int length;
        switch (element)
        {
            case GoLayoutElement.Iso8601ColonTz or GoLayoutElement.NumColonTz:
                if (value.Length < 6 || value[3] != ':')
                {
                    return false;
                }

                hh = value[1..3];
                mm = value[4..6];
                length = 6;
                break;
            case GoLayoutElement.Iso8601ShortTz or GoLayoutElement.NumShortTz:
                if (value.Length < 3)
                {
                    return false;
                }

                hh = value[1..3];
                length = 3;
                break;
            case GoLayoutElement.Iso8601ColonSecondsTz or GoLayoutElement.NumColonSecondsTz:
                if (value.Length < 9 || value[3] != ':' || value[6] != ':')
                {
                    return false;
                }

                hh = value[1..3];
                mm = value[4..6];
                ss = value[7..9];
                length = 9;
                break;
            case GoLayoutElement.Iso8601SecondsTz or GoLayoutElement.NumSecondsTz:
                if (value.Length < 7)
                {
                    return false;
                }

                hh = value[1..3];
                mm = value[3..5];
                ss = value[5..7];
                length = 7;
                break;
            default:
                if (value.Length < 5)
                {
                    return false;
                }

                hh = value[1..3];
                mm = value[3..5];
                length = 5;
                break;
        }

        var sign = value[0];
        value = value[length..];

        // Go 1.19 reads each part with its signed atoi and checks no ranges: "+-100" is a valid -01:00.
        var ok = Atoi(hh, out var hours);
        int minutes = 0, seconds = 0;
        if (ok)
        {
            ok = Atoi(mm, out minutes) && Atoi(ss, out seconds);
        }

        f.ZoneOffset = (((hours * 60) + minutes) * 60) + seconds;
        f.HasOffset = true;
        switch (sign)
        {
            case '+':
                return ok;
            case '-':
                f.ZoneOffset = -f.ZoneOffset;
                return ok;
            default:
                return false;
        }
    }
}
