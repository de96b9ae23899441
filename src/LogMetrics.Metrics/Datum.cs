using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>The value of one label set of a metric, with its last-write time and optional expiry.</summary>
/// <remarks>
/// Datums are created only by <see cref="Metric"/>. Every mutation takes the timestamp to stamp (the
/// runtime passes the line's timestamp, or the wall clock when the line set none), exactly as mtail stamps
/// a datum on every write. All members are safe to call from several threads.
/// </remarks>
public abstract class Datum
{
    private long _timestampNanos;
    private long _expiryNanos;

    private protected Datum(ImmutableArray<string> labels, long timestampNanos, long sequence)
    {
        Labels = labels;
        _timestampNanos = timestampNanos;
        Sequence = sequence;
    }

    /// <summary>The label values, in the order of the metric's keys (empty for a scalar).</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Last write, Unix nanoseconds; 0 means never written (pre-created scalars).</summary>
    public long TimestampNanos => Volatile.Read(ref _timestampNanos);

    /// <summary>Set by <c>del … after</c>: the GC removes the datum once <c>now - TimestampNanos &gt; ExpiryNanos</c>.
    /// 0 means no expiry.</summary>
    public long ExpiryNanos => Volatile.Read(ref _expiryNanos);

    /// <summary>The metric's value type of this datum.</summary>
    public abstract MetricValueType ValueType { get; }

    /// <summary>Creation order within the store: snapshots list label sets in insertion order, like mtail.</summary>
    internal long Sequence { get; }

    /// <summary>Marks the datum for removal by the GC (<c>del m[..] after DURATION</c>); 0 clears it.</summary>
    public void SetExpiry(long expiryNanos) => Volatile.Write(ref _expiryNanos, expiryNanos);

    /// <summary>Sets the last-write time without a value change (restoring saved state).</summary>
    internal void RestoreTimestamp(long timestampNanos) => Stamp(timestampNanos);

    /// <summary>Records a write at <paramref name="timestampNanos"/>.</summary>
    protected void Stamp(long timestampNanos) => Volatile.Write(ref _timestampNanos, timestampNanos);
}
