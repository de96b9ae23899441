namespace LogMetrics.Tests.Support;

/// <summary>A clock that says what the test tells it, so datum stamps and "now" are exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2024-05-06 07:08:09 UTC: a year that is not 2006 or 1970, so year patches are visible.</summary>
    public static readonly DateTimeOffset Default = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    public FixedClock()
        : this(Default)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    /// <summary>Now as Unix nanoseconds, the unit datum stamps use.</summary>
    public long NowNanos => (Now - DateTimeOffset.UnixEpoch).Ticks * 100;

    public override DateTimeOffset GetUtcNow() => Now;
}
