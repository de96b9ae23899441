using System.Buffers;

namespace LogMetrics.Go;

/// <summary>
/// The POSIX TZ string at the end of a TZif file (e.g. <c>CET-1CEST,M3.5.0,M10.5.0/3</c>), which Go
/// uses for instants after the last recorded transition. Parsed once; evaluated per year.
/// </summary>
internal sealed class GoZoneRule
{
    private enum RuleKind
    {
        Julian,
        DayOfYear,
        MonthWeekDay,
    }

    private readonly record struct Rule(RuleKind Kind, int Day, int Week, int Month, int Time);

    // A bare zone name ends at the first character that can start an offset or a rule.
    private static readonly SearchValues<char> NameTerminators = SearchValues.Create("0123456789,-+");

    private readonly string _stdName;
    private readonly int _stdOffset;
    private readonly string? _dstName;
    private readonly int _dstOffset;
    private readonly Rule _start;
    private readonly Rule _end;

    private GoZoneRule(string stdName, int stdOffset, string? dstName, int dstOffset, Rule start, Rule end)
    {
        _stdName = stdName;
        _stdOffset = stdOffset;
        _dstName = dstName;
        _dstOffset = dstOffset;
        _start = start;
        _end = end;
    }

    /// <summary>Parses a TZ string as Go's <c>tzset</c> would; null when Go would reject it.</summary>
    internal static GoZoneRule? TryParse(string text)
    {
        var s = text.AsSpan();
        if (!TryName(ref s, out var stdName) || !TryOffset(ref s, out var stdOffset))
        {
            return null;
        }

        // TZ offsets are added to local time to get UTC; Go's are the opposite way round.
        stdOffset = -stdOffset;
        if (s.IsEmpty || s[0] == ',')
        {
            return new GoZoneRule(stdName, stdOffset, null, 0, default, default);
        }

        if (!TryName(ref s, out var dstName))
        {
            return null;
        }

        int dstOffset;
        if (s.IsEmpty || s[0] == ',')
        {
            dstOffset = stdOffset + 3600;
        }
        else if (TryOffset(ref s, out dstOffset))
        {
            dstOffset = -dstOffset;
        }
        else
        {
            return null;
        }

        if (s.IsEmpty)
        {
            // tzcode's default rules (US, 2007 onwards).
            s = ",M3.2.0,M11.1.0";
        }

        if (s[0] is not (',' or ';'))
        {
            return null;
        }

        s = s[1..];
        if (!TryRule(ref s, out var start) || s.IsEmpty || s[0] != ',')
        {
            return null;
        }

        s = s[1..];
        if (!TryRule(ref s, out var end) || !s.IsEmpty)
        {
            return null;
        }

        return new GoZoneRule(stdName, stdOffset, dstName, dstOffset, start, end);
    }

    /// <summary>The zone in effect at <paramref name="unix"/>, with the span Go reports around it.</summary>
    internal GoZoneInfo Lookup(long unix, long lastTransition)
    {
        if (_dstName is null)
        {
            return new GoZoneInfo(_stdName, _stdOffset, lastTransition, long.MaxValue, false);
        }

        GoCivil.FromUnixSeconds(unix, out var year, out var month, out var day, out var secondOfDay);
        var secondOfYear = ((long)(GoCivil.DayOfYear(year, month, day) - 1) * GoCivil.SecondsPerDay) + secondOfDay;
        var yearStart = GoCivil.ToUnixSeconds(year, 1, 1, 0, 0, 0);
        var startSec = RuleTime(year, _start, _stdOffset);
        var endSec = RuleTime(year, _end, _dstOffset);
        string stdName = _stdName, dstName = _dstName;
        int stdOffset = _stdOffset, dstOffset = _dstOffset;
        bool stdIsDst = false, dstIsDst = true;

        // Southern hemisphere: "summer" spans the new year, so the labels swap (as Go does).
        if (endSec < startSec)
        {
            (startSec, endSec) = (endSec, startSec);
            (stdName, dstName) = (dstName, stdName);
            (stdOffset, dstOffset) = (dstOffset, stdOffset);
            (stdIsDst, dstIsDst) = (dstIsDst, stdIsDst);
        }

        if (secondOfYear < startSec)
        {
            return new GoZoneInfo(stdName, stdOffset, yearStart, startSec + yearStart, stdIsDst);
        }

        if (secondOfYear >= endSec)
        {
            return new GoZoneInfo(stdName, stdOffset, endSec + yearStart, yearStart + (365 * GoCivil.SecondsPerDay), stdIsDst);
        }

        return new GoZoneInfo(dstName, dstOffset, startSec + yearStart, endSec + yearStart, dstIsDst);
    }

    // Seconds from the start of the year (UTC) at which a rule fires.
    private static long RuleTime(long year, Rule rule, int offset)
    {
        long day;
        switch (rule.Kind)
        {
            case RuleKind.Julian:
                day = rule.Day - 1 + (GoCivil.IsLeap(year) && rule.Day >= 60 ? 1 : 0);
                break;
            case RuleKind.DayOfYear:
                day = rule.Day;
                break;
            default:
                // Weekday of the first of the month (0 = Sunday), then the rule's week of it.
                var first = GoCivil.ToUnixSeconds(year, rule.Month, 1, 0, 0, 0) / GoCivil.SecondsPerDay;
                var weekdayOfFirst = (int)(((first % 7) + 7 + 4) % 7);
                var d = rule.Day - weekdayOfFirst;
                if (d < 0)
                {
                    d += 7;
                }

                for (var i = 1; i < rule.Week; i++)
                {
                    if (d + 7 >= GoCivil.DaysIn(rule.Month, year))
                    {
                        break;
                    }

                    d += 7;
                }

                day = d + GoCivil.DaysBefore(rule.Month) + (GoCivil.IsLeap(year) && rule.Month > 2 ? 1 : 0);
                break;
        }

        return (day * GoCivil.SecondsPerDay) + rule.Time - offset;
    }

    private static bool TryName(ref ReadOnlySpan<char> s, out string name)
    {
        name = "";
        if (s.IsEmpty)
        {
            return false;
        }

        if (s[0] == '<')
        {
            var close = s.IndexOf('>');
            if (close < 0)
            {
                return false;
            }

            name = s[1..close].ToString();
            s = s[(close + 1)..];
            return true;
        }

        var stop = s.IndexOfAny(NameTerminators);
        var length = stop < 0 ? s.Length : stop;
        if (length < 3)
        {
            return false;
        }

        name = s[..length].ToString();
        s = s[length..];
        return true;
    }

    // [+-]hh[:mm[:ss]]
    private static bool TryOffset(ref ReadOnlySpan<char> s, out int offset)
    {
        offset = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        var negative = s[0] == '-';
        if (s[0] is '+' or '-')
        {
            s = s[1..];
        }

        if (!TryNumber(ref s, 0, 24 * 7, out var hours))
        {
            return false;
        }

        offset = hours * 3600;
        for (var part = 0; part < 2 && !s.IsEmpty && s[0] == ':'; part++)
        {
            s = s[1..];
            if (!TryNumber(ref s, 0, 59, out var n))
            {
                return false;
            }

            offset += part == 0 ? n * 60 : n;
        }

        offset = negative ? -offset : offset;
        return true;
    }

    // Jn (1-365, no leap day), n (0-365), or Mm.w.d; then an optional /time (default 02:00).
    private static bool TryRule(ref ReadOnlySpan<char> s, out Rule rule)
    {
        rule = default;
        if (s.IsEmpty)
        {
            return false;
        }

        if (s[0] == 'J')
        {
            s = s[1..];
            if (!TryNumber(ref s, 1, 365, out var julian))
            {
                return false;
            }

            rule = new Rule(RuleKind.Julian, julian, 0, 0, 0);
        }
        else if (s[0] == 'M')
        {
            s = s[1..];
            if (!TryNumber(ref s, 1, 12, out var month) || !TryDot(ref s)
                || !TryNumber(ref s, 1, 5, out var week) || !TryDot(ref s)
                || !TryNumber(ref s, 0, 6, out var weekday))
            {
                return false;
            }

            rule = new Rule(RuleKind.MonthWeekDay, weekday, week, month, 0);
        }
        else
        {
            if (!TryNumber(ref s, 0, 365, out var dayOfYear))
            {
                return false;
            }

            rule = new Rule(RuleKind.DayOfYear, dayOfYear, 0, 0, 0);
        }

        var time = 2 * 3600;
        if (!s.IsEmpty && s[0] == '/')
        {
            s = s[1..];
            if (!TryOffset(ref s, out time))
            {
                return false;
            }
        }

        rule = rule with { Time = time };
        return true;
    }

    private static bool TryDot(ref ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s[0] != '.')
        {
            return false;
        }

        s = s[1..];
        return true;
    }

    private static bool TryNumber(ref ReadOnlySpan<char> s, int min, int max, out int value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && s[i] is >= '0' and <= '9'; i++)
        {
            value = (value * 10) + (s[i] - '0');
            if (value > max)
            {
                return false;
            }
        }

        if (i == 0 || value < min)
        {
            return false;
        }

        s = s[i..];
        return true;
    }
}
