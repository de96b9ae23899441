namespace LogMetrics.Go;

/// <summary>
/// An instant as Go's <c>time.Time</c> holds it for mtail's purposes: Unix seconds, nanoseconds, and the
/// location its calendar fields are read in. Years outside DateTime's range (year 0 from yearless
/// layouts) are representable. A fixed-offset zone is stored inline so parsing does not allocate one.
/// </summary>
public readonly struct GoTime : IEquatable<GoTime>
{
    private readonly GoLocation? _location;
    private readonly int _fixedOffset;

    internal GoTime(long unixSeconds, int nanosecond, GoLocation location)
    {
        UnixSeconds = unixSeconds;
        Nanosecond = nanosecond;
        _location = location;
        _fixedOffset = 0;
    }

    internal GoTime(long unixSeconds, int nanosecond, int fixedOffset)
    {
        UnixSeconds = unixSeconds;
        Nanosecond = nanosecond;
        _location = null;
        _fixedOffset = fixedOffset;
    }

    /// <summary>Go's zero Time (January 1, year 1, UTC), which mtail treats as "no timestamp".</summary>
    public static GoTime Zero { get; } = new(GoCivil.ZeroTimeUnix, 0, GoLocation.Utc);

    /// <summary>Go's <c>Time.Unix()</c>.</summary>
    public long UnixSeconds { get; }

    /// <summary>Go's <c>Time.Nanosecond()</c>, 0..999999999.</summary>
    public int Nanosecond { get; }

    /// <summary>Go's <c>Time.UnixNano()</c>, which wraps silently outside the years 1678..2262.</summary>
    public long UnixNanoseconds => unchecked((UnixSeconds * 1_000_000_000) + Nanosecond);

    /// <summary>Go's <c>Time.IsZero()</c>: the instant is January 1, year 1, 00:00:00 UTC.</summary>
    public bool IsZero => UnixSeconds == GoCivil.ZeroTimeUnix && Nanosecond == 0;

    /// <summary>The offset east of UTC, in seconds, of the zone in effect at this instant.</summary>
    public int Offset => _location?.Lookup(UnixSeconds).Offset ?? _fixedOffset;

    /// <summary>The location's name, or null for a fixed offset taken from the input.</summary>
    public string? LocationName => _location?.Name;

    /// <summary>Go's <c>Time.Year()</c> in the time's own location.</summary>
    public long Year
    {
        get
        {
            GoCivil.FromUnixSeconds(UnixSeconds + Offset, out var year, out _, out _, out _);
            return year;
        }
    }

    /// <summary>
    /// Go's <c>AddDate(years, 0, 0)</c>: the same wall clock in the same location, <paramref name="years"/> later,
    /// normalised as <c>time.Date</c> does (February 29 into a common year becomes March 1).
    /// </summary>
    public GoTime AddYears(long years)
    {
        var offset = Offset;
        GoCivil.FromUnixSeconds(UnixSeconds + offset, out var year, out var month, out var day, out var secondOfDay);
        var wall = GoCivil.ToUnixSeconds(year + years, month, day, 0, 0, secondOfDay);
        return _location is null
            ? new GoTime(wall - offset, Nanosecond, offset)
            : new GoTime(_location.ToUnix(wall), Nanosecond, _location);
    }

    public bool Equals(GoTime other) => UnixSeconds == other.UnixSeconds && Nanosecond == other.Nanosecond;

    public override bool Equals(object? obj) => obj is GoTime other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(UnixSeconds, Nanosecond);

    public static bool operator ==(GoTime left, GoTime right) => left.Equals(right);

    public static bool operator !=(GoTime left, GoTime right) => !left.Equals(right);
}
