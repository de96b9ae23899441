using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>The ranges of a histogram metric, derived once from its declared boundaries.</summary>
/// <remarks>
/// mtail rc50 builds the ranges like this: if the first boundary b0 is above 0 an implicit range (0, b0]
/// comes first, otherwise b0 is only the lower edge of the first range; then (b[i-1], b[i]] for each
/// boundary; then (bn, +Inf). A value at or below the lowest edge (or NaN) belongs to no range.
/// </remarks>
public sealed class HistogramLayout
{
    private readonly double[] _maxima;

    private HistogramLayout(ImmutableArray<HistogramRange> ranges)
    {
        Ranges = ranges;
        _maxima = new double[ranges.Length];
        for (var i = 0; i < ranges.Length; i++)
        {
            _maxima[i] = ranges[i].Max;
        }

        LowestEdge = ranges.IsEmpty ? double.PositiveInfinity : ranges[0].Min;
    }

    /// <summary>The ranges in increasing order; the last one always ends at +Inf.</summary>
    public ImmutableArray<HistogramRange> Ranges { get; }

    /// <summary>The Min of the first range: values at or below it are counted in no bucket.</summary>
    public double LowestEdge { get; }

    /// <summary>Builds the ranges for strictly increasing boundaries (the compiler checks the order).</summary>
    public static HistogramLayout FromBoundaries(ImmutableArray<double> boundaries)
    {
        if (boundaries.IsDefaultOrEmpty)
        {
            return new HistogramLayout([]);
        }

        var ranges = ImmutableArray.CreateBuilder<HistogramRange>(boundaries.Length + 2);
        if (boundaries[0] > 0)
        {
            ranges.Add(new HistogramRange(0, boundaries[0]));
        }

        for (var i = 1; i < boundaries.Length; i++)
        {
            ranges.Add(new HistogramRange(boundaries[i - 1], boundaries[i]));
        }

        ranges.Add(new HistogramRange(boundaries[^1], double.PositiveInfinity));
        return new HistogramLayout(ranges.ToImmutable());
    }

    /// <summary>The index of the range holding <paramref name="value"/>, or -1 when it is in none.</summary>
    public int IndexOf(double value)
    {
        // NaN fails this test too, so it is counted but never bucketed, like in Go.
        if (!(value > LowestEdge))
        {
            return -1;
        }

        // Lowest index whose Max >= value; the +Inf range guarantees one exists.
        var lo = 0;
        var hi = _maxima.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_maxima[mid] >= value)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
