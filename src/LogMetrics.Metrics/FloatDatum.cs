using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>A double datum.</summary>
public sealed class FloatDatum : Datum
{
    // Stored as bits so that Add can compare-and-swap without a lock.
    private long _bits;

    internal FloatDatum(ImmutableArray<string> labels, long timestampNanos, long sequence)
        : base(labels, timestampNanos, sequence)
    {
    }

    /// <inheritdoc/>
    public override MetricValueType ValueType => MetricValueType.Float;

    /// <summary>The current value.</summary>
    public double Value => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _bits));

    /// <summary>Assigns <paramref name="value"/>.</summary>
    public void Set(double value, long timestampNanos)
    {
        Interlocked.Exchange(ref _bits, BitConverter.DoubleToInt64Bits(value));
        Stamp(timestampNanos);
    }

    /// <summary>Adds <paramref name="delta"/> atomically and returns the new value.</summary>
    public double Add(double delta, long timestampNanos)
    {
        double updated;
        long seen = Interlocked.Read(ref _bits);
        while (true)
        {
            updated = BitConverter.Int64BitsToDouble(seen) + delta;
            var previous = Interlocked.CompareExchange(ref _bits, BitConverter.DoubleToInt64Bits(updated), seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }

        Stamp(timestampNanos);
        return updated;
    }
}
