namespace LogMetrics.Go;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on Unix seconds for any year, including year 0 and
/// negative years, which Go's time package represents and .NET's DateTime cannot.
/// </summary>
internal static class GoCivil
{
    internal const long SecondsPerDay = 86_400;

    /// <summary>Unix seconds of Go's zero Time, January 1, year 1, 00:00:00 UTC.</summary>
    internal const long ZeroTimeUnix = -62_135_596_800;

    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    internal static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    internal static int DaysIn(int month, long year) =>
        month == 2 && IsLeap(year) ? 29 : DaysBeforeMonth[month] - DaysBeforeMonth[month - 1];

    /// <summary>Days in the year before the first of <paramref name="month"/> (1-12), ignoring leap days.</summary>
    internal static int DaysBefore(int month) => DaysBeforeMonth[month - 1];

    /// <summary>
    /// Unix seconds of a wall-clock reading taken as UTC, normalising out-of-range fields the way
    /// Go's <c>time.Date</c> does (month 13 is January of the next year, day 0 the last of the previous month).
    /// </summary>
    internal static long ToUnixSeconds(long year, long month, long day, long hour, long minute, long second)
    {
        var m0 = month - 1;
        year += FloorDiv(m0, 12);
        m0 -= FloorDiv(m0, 12) * 12;
        var days = DaysFromCivil(year, (int)m0 + 1, 1) + (day - 1);
        return (days * SecondsPerDay) + (hour * 3600) + (minute * 60) + second;
    }

    /// <summary>The calendar date and time of day of a Unix second count, read as UTC.</summary>
    internal static void FromUnixSeconds(long unix, out long year, out int month, out int day, out int secondOfDay)
    {
        var days = FloorDiv(unix, SecondsPerDay);
        secondOfDay = (int)(unix - (days * SecondsPerDay));
        CivilFromDays(days, out year, out month, out day);
    }

    /// <summary>Day of the year, 1-based, of a date.</summary>
    internal static int DayOfYear(long year, int month, int day) =>
        DaysBefore(month) + day + (month > 2 && IsLeap(year) ? 1 : 0);

    internal static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    // Days since 1970-01-01 of a valid date, shifting to a March-based year so leap days come last.
    private static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = FloorDiv(year, 400);
        var yearOfEra = year - (era * 400);
        var monthFromMarch = (month + 9) % 12;
        var dayOfYear = ((153 * monthFromMarch) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    private static void CivilFromDays(long days, out long year, out int month, out int day)
    {
        days += 719_468;
        var era = FloorDiv(days, 146_097);
        var dayOfEra = days - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        day = (int)(dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1);
        month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }
}
