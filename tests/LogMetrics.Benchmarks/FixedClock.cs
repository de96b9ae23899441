namespace LogMetrics.Benchmarks;

/// <summary>A clock that always returns one instant, to separate the wall-clock read from the rest.</summary>
public sealed class FixedClock : TimeProvider
{
    static readonly DateTimeOffset Instant = new(2018, 3, 23, 12, 31, 1, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Instant;
}
