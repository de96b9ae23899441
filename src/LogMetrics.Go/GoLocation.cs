namespace LogMetrics.Go;

/// <summary>One zone as Go's <c>Location.lookup</c> reports it: abbreviation, offset east of UTC, and the span it covers.</summary>
internal readonly record struct GoZoneInfo(string Name, int Offset, long Start, long End, bool IsDst);

/// <summary>
/// A time zone with Go's semantics: the zones and transitions of a TZif file plus its POSIX rule,
/// looked up exactly as Go's <c>time.Location</c> does (including local mean time before the first
/// transition, which .NET's TimeZoneInfo rounds to whole minutes). Immutable and thread-safe.
/// </summary>
public sealed partial class GoLocation
{
    private readonly record struct Zone(string Name, int Offset, bool IsDst);

    private readonly record struct Transition(long When, int Index);

    private readonly Zone[] _zones;
    private readonly Transition[] _transitions;
    private readonly GoZoneRule? _rule;
    private readonly int _firstZone;

    private GoLocation(string name, Zone[] zones, Transition[] transitions, GoZoneRule? rule)
    {
        Name = name;
        _zones = zones;
        _transitions = transitions;
        _rule = rule;
        _firstZone = FirstZone(zones, transitions);
    }

    /// <summary>Go's <c>time.UTC</c>.</summary>
    public static GoLocation Utc { get; } = new("UTC", [], [], null);

    /// <summary>The name Go prints for the location (<c>%v</c>): <c>UTC</c>, <c>Local</c>, <c>Asia/Tokyo</c>.</summary>
    public string Name { get; }

    /// <summary>Go's <c>time.FixedZone</c>: always the same offset (seconds east of UTC) and abbreviation.</summary>
    public static GoLocation Fixed(string name, int offsetSeconds) =>
        new(name, [new Zone(name, offsetSeconds, false)], [new Transition(long.MinValue, 0)], null);

    public override string ToString() => Name;

    /// <summary>The zone in effect at an instant (Unix seconds).</summary>
    internal GoZoneInfo Lookup(long unix)
    {
        if (_zones.Length == 0)
        {
            return new GoZoneInfo("UTC", 0, long.MinValue, long.MaxValue, false);
        }

        if (_transitions.Length == 0 || unix < _transitions[0].When)
        {
            var first = _zones[_firstZone];
            var end = _transitions.Length > 0 ? _transitions[0].When : long.MaxValue;
            return new GoZoneInfo(first.Name, first.Offset, long.MinValue, end, first.IsDst);
        }

        // The last transition at or before the instant.
        int lo = 0, hi = _transitions.Length;
        var spanEnd = long.MaxValue;
        while (hi - lo > 1)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (unix < _transitions[mid].When)
            {
                spanEnd = _transitions[mid].When;
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        var zone = _zones[_transitions[lo].Index];
        if (lo == _transitions.Length - 1 && _rule is not null)
        {
            return _rule.Lookup(unix, _transitions[lo].When);
        }

        return new GoZoneInfo(zone.Name, zone.Offset, _transitions[lo].When, spanEnd, zone.IsDst);
    }

    /// <summary>
    /// Go's <c>lookupName</c>: the offset of an abbreviation, preferring a zone of that name in
    /// effect around the instant (Sydney uses "EST" for two offsets), else any zone of that name.
    /// </summary>
    internal bool TryLookupName(ReadOnlySpan<char> name, long unix, out int offset)
    {
        foreach (var zone in _zones)
        {
            if (name.SequenceEqual(zone.Name))
            {
                var found = Lookup(unix - zone.Offset);
                if (found.Name == zone.Name)
                {
                    offset = found.Offset;
                    return true;
                }
            }
        }

        foreach (var zone in _zones)
        {
            if (name.SequenceEqual(zone.Name))
            {
                offset = zone.Offset;
                return true;
            }
        }

        offset = 0;
        return false;
    }

    /// <summary>
    /// Go's <c>time.Date</c> conversion: the Unix seconds of a wall-clock reading in this location.
    /// In a gap or overlap Go's choice is kept: try the offset at the reading taken as UTC, then correct once.
    /// </summary>
    internal long ToUnix(long wallAsUtc)
    {
        var zone = Lookup(wallAsUtc);
        if (zone.Offset == 0)
        {
            return wallAsUtc;
        }

        var utc = wallAsUtc - zone.Offset;
        var offset = utc < zone.Start || utc >= zone.End ? Lookup(utc).Offset : zone.Offset;
        return wallAsUtc - offset;
    }

    // Go's lookupFirstZone: the zone for instants before the first transition.
    private static int FirstZone(Zone[] zones, Transition[] transitions)
    {
        if (!Array.Exists(transitions, t => t.Index == 0))
        {
            return 0;
        }

        if (transitions.Length > 0 && zones[transitions[0].Index].IsDst)
        {
            for (var i = transitions[0].Index - 1; i >= 0; i--)
            {
                if (!zones[i].IsDst)
                {
                    return i;
                }
            }
        }

        for (var i = 0; i < zones.Length; i++)
        {
            if (!zones[i].IsDst)
            {
                return i;
            }
        }

        return 0;
    }
}
