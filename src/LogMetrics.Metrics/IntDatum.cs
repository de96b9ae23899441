using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>A 64-bit integer datum. Arithmetic wraps like Go's int64.</summary>
public sealed class IntDatum : Datum
{
    private long _value;

    internal IntDatum(ImmutableArray<string> labels, long timestampNanos, long sequence)
        : base(labels, timestampNanos, sequence)
    {
    }

    /// <inheritdoc/>
    public override MetricValueType ValueType => MetricValueType.Int;

    /// <summary>The current value.</summary>
    public long Value => Interlocked.Read(ref _value);

    /// <summary>Assigns <paramref name="value"/> (<c>m = v</c>).</summary>
    public void Set(long value, long timestampNanos)
    {
        Interlocked.Exchange(ref _value, value);
        Stamp(timestampNanos);
    }

    /// <summary>Adds <paramref name="delta"/> (<c>m += d</c>, <c>m--</c> with -1) and returns the new value.</summary>
    public long Add(long delta, long timestampNanos)
    {
        var result = Interlocked.Add(ref _value, delta);
        Stamp(timestampNanos);
        return result;
    }

    /// <summary>Adds one (<c>m++</c>) and returns the new value.</summary>
    public long Increment(long timestampNanos)
    {
        var result = Interlocked.Increment(ref _value);
        Stamp(timestampNanos);
        return result;
    }
}
