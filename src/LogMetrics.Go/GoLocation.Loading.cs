using System.Buffers.Binary;
using System.Text;

namespace LogMetrics.Go;

public sealed partial class GoLocation
{
    // Where Go's LoadLocation looks on Unix, after $ZONEINFO.
    private static readonly string[] ZoneSources =
        ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"];

    private static readonly Lazy<GoLocation> LocalLocation = new(LoadLocal);

    /// <summary>Go's <c>time.Local</c>, initialised from <c>$TZ</c> or <c>/etc/localtime</c> as Go does on Unix.</summary>
    public static GoLocation Local => LocalLocation.Value;

    /// <summary>
    /// Go's <c>time.LoadLocation</c>: <c>""</c> and <c>UTC</c> give UTC, <c>Local</c> gives <see cref="Local"/>,
    /// anything else is read from the system zoneinfo. Errors carry Go's text, e.g. <c>unknown time zone Foo/Bar</c>.
    /// </summary>
    public static bool TryLoad(string name, out GoLocation location, out string? error)
    {
        ArgumentNullException.ThrowIfNull(name);
        location = Utc;
        error = null;
        if (name is "" or "UTC")
        {
            return true;
        }

        if (name == "Local")
        {
            location = Local;
            return true;
        }

        if (name.Contains("..", StringComparison.Ordinal) || name[0] is '/' or '\\')
        {
            error = "time: invalid location name";
            return false;
        }

        var zoneInfo = Environment.GetEnvironmentVariable("ZONEINFO");
        var sources = string.IsNullOrEmpty(zoneInfo) ? ZoneSources : [zoneInfo + "/", .. ZoneSources];
        if (TryLoadFrom(name, name, sources, out var loaded, out error))
        {
            location = loaded;
            return true;
        }

        return false;
    }

    /// <summary>Go's <c>LoadLocationFromTZData</c>; null if the bytes are not a TZif file Go would accept.</summary>
    public static GoLocation? FromTzif(string name, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (data.Length < 44 || !data[..4].SequenceEqual("TZif"u8))
        {
            return null;
        }

        var version = data[4];
        var counts = ReadCounts(data);
        if (counts is null)
        {
            return null;
        }

        var (isUt, isStd, leap, time, type, chars) = counts.Value;
        var body = data[44..];
        var timeSize = 4;
        if (version >= (byte)'2')
        {
            // Skip the 32-bit block; the 64-bit one follows with its own header.
            var skip = (time * 4) + time + (type * 6) + chars + (leap * 8) + isStd + isUt;
            if (body.Length < skip + 44 || !body[skip..(skip + 4)].SequenceEqual("TZif"u8))
            {
                return null;
            }

            counts = ReadCounts(body[skip..]);
            if (counts is null)
            {
                return null;
            }

            (isUt, isStd, leap, time, type, chars) = counts.Value;
            body = body[(skip + 44)..];
            timeSize = 8;
        }

        var needed = (time * timeSize) + time + (type * 6) + chars + (leap * (timeSize + 4)) + isStd + isUt;
        if (type == 0 || body.Length < needed)
        {
            return null;
        }

        var transitionTimes = body[..(time * timeSize)];
        var transitionTypes = body.Slice(time * timeSize, time);
        var typeData = body.Slice((time * timeSize) + time, type * 6);
        var abbreviations = body.Slice((time * timeSize) + time + (type * 6), chars);
        var zones = new Zone[type];
        for (var i = 0; i < type; i++)
        {
            var entry = typeData.Slice(i * 6, 6);
            int abbreviationIndex = entry[5];
            if (abbreviationIndex >= abbreviations.Length)
            {
                return null;
            }

            var rest = abbreviations[abbreviationIndex..];
            var nul = rest.IndexOf((byte)0);
            var abbreviation = Encoding.UTF8.GetString(nul < 0 ? rest : rest[..nul]);
            zones[i] = new Zone(abbreviation, BinaryPrimitives.ReadInt32BigEndian(entry), entry[4] != 0);
        }

        var transitions = new Transition[Math.Max(time, 1)];
        for (var i = 0; i < time; i++)
        {
            var when = timeSize == 8
                ? BinaryPrimitives.ReadInt64BigEndian(transitionTimes[(i * 8)..])
                : BinaryPrimitives.ReadInt32BigEndian(transitionTimes[(i * 4)..]);
            if (transitionTypes[i] >= type)
            {
                return null;
            }

            transitions[i] = new Transition(when, transitionTypes[i]);
        }

        if (time == 0)
        {
            // Go gives a transition-less zone one transition at the beginning of time.
            transitions[0] = new Transition(long.MinValue, 0);
        }

        GoZoneRule? rule = null;
        if (timeSize == 8)
        {
            var footer = body[needed..];
            if (footer.Length > 2 && footer[0] == '\n')
            {
                var end = footer[1..].IndexOf((byte)'\n');
                if (end > 0)
                {
                    rule = GoZoneRule.TryParse(Encoding.ASCII.GetString(footer.Slice(1, end)));
                }
            }
        }

        return new GoLocation(name, zones, transitions, rule);
    }

    private static (int IsUt, int IsStd, int Leap, int Time, int Type, int Chars)? ReadCounts(ReadOnlySpan<byte> header)
    {
        var values = new int[6];
        for (var i = 0; i < 6; i++)
        {
            var v = BinaryPrimitives.ReadUInt32BigEndian(header[(20 + (i * 4))..]);
            if (v > 1 << 20)
            {
                return null;
            }

            values[i] = (int)v;
        }

        return (values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    private static bool TryLoadFrom(string name, string displayName, string[] sources, out GoLocation location, out string? error)
    {
        location = Utc;
        error = null;
        foreach (var source in sources)
        {
            var path = source + name;
            try
            {
                var loaded = FromTzif(displayName, File.ReadAllBytes(path));
                if (loaded is not null)
                {
                    location = loaded;
                    error = null;
                    return true;
                }

                error ??= "malformed time zone information";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && Directory.Exists(path))
            {
                // Go reports the system error text alone (rc50: `Couldn't parse timezone "America": is a directory`).
                error ??= "is a directory";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Missing in this source: try the next, as Go does for ENOENT.
            }
        }

        error ??= "unknown time zone " + name;
        return false;
    }

    // Go's initLocal on Unix: no $TZ means /etc/localtime (named "Local"); $TZ="" or "UTC" means UTC;
    // otherwise $TZ (an optional leading ':' dropped) names a zone file or an absolute path.
    private static GoLocation LoadLocal()
    {
        var tz = Environment.GetEnvironmentVariable("TZ");
        if (tz is null)
        {
            return TryLoadFrom("localtime", "Local", ["/etc/"], out var local, out _) ? local : Utc;
        }

        if (tz.StartsWith(':'))
        {
            tz = tz[1..];
        }

        if (tz.StartsWith('/'))
        {
            var name = tz == "/etc/localtime" ? "Local" : tz;
            return TryLoadFrom(tz, name, [""], out var local, out _) ? local : Utc;
        }

        if (tz is not ("" or "UTC") && TryLoadFrom(tz, tz, ZoneSources, out var named, out _))
        {
            return named;
        }

        return Utc;
    }
}
