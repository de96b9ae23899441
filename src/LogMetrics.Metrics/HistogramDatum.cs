using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>A histogram datum: per-range counts (not cumulative), total count and sum.</summary>
/// <remarks>A lock (uncontended in practice: one writer per metric) keeps count, sum and the range
/// counts consistent with each other for readers.</remarks>
public sealed class HistogramDatum : Datum
{
    private readonly Lock _lock = new();
    private readonly long[] _counts;
    private long _count;
    private double _sum;

    internal HistogramDatum(HistogramLayout layout, ImmutableArray<string> labels, long timestampNanos, long sequence)
        : base(labels, timestampNanos, sequence)
    {
        Layout = layout;
        _counts = new long[layout.Ranges.Length];
    }

    /// <inheritdoc/>
    public override MetricValueType ValueType => MetricValueType.Buckets;

    /// <summary>The ranges shared by every datum of the metric.</summary>
    public HistogramLayout Layout { get; }

    /// <summary>The number of observations (including those that fell in no range).</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>The sum of observations.</summary>
    public double Sum
    {
        get
        {
            lock (_lock)
            {
                return _sum;
            }
        }
    }

    /// <summary>Records one observation (<c>h = v</c>).</summary>
    public void Observe(double value, long timestampNanos)
    {
        var index = Layout.IndexOf(value);
        lock (_lock)
        {
            if (index >= 0)
            {
                _counts[index]++;
            }

            _count++;
            _sum += value;
        }

        Stamp(timestampNanos);
    }

    /// <summary>Replaces the whole state (per-range counts, count, sum, time): for restoring a store that was
    /// saved or printed, e.g. from mtail's JSON in tests.</summary>
    internal void Restore(ReadOnlySpan<long> rangeCounts, long count, double sum, long timestampNanos)
    {
        lock (_lock)
        {
            rangeCounts.CopyTo(_counts);
            _count = count;
            _sum = sum;
        }

        Stamp(timestampNanos);
    }

    /// <summary>Copies a consistent view: per-range counts into <paramref name="rangeCounts"/>
    /// (length at least <c>Layout.Ranges.Length</c>), plus count and sum.</summary>
    public void CopyTo(Span<long> rangeCounts, out long count, out double sum)
    {
        lock (_lock)
        {
            _counts.CopyTo(rangeCounts);
            count = _count;
            sum = _sum;
        }
    }
}
