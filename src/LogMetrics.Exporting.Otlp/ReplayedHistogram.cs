using System.Diagnostics;
using System.Diagnostics.Metrics;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Otlp;

/// <summary>One histogram metric of the store, mirrored into an SDK histogram by recording what each label set
/// gained since the last push (<see cref="ReplayPlan"/>).</summary>
/// <remarks>A label set that went backwards or disappeared (<c>del</c>, a reload that changed it) cannot be
/// taken back from the SDK's cumulative state: <see cref="Replay"/> then says so and the whole pipeline is built
/// anew, which OTLP receivers see as a reset (a new start time).</remarks>
internal sealed class ReplayedHistogram(Histogram<double> instrument, double[] bounds)
{
    private Dictionary<Datum, Seen> _seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records what every label set of <paramref name="metric"/> gained; false when one went backwards or
    /// vanished.</summary>
    public bool Replay(Metric? metric)
    {
        var next = new Dictionary<Datum, Seen>(ReferenceEqualityComparer.Instance);
        foreach (var datum in metric?.GetLabelSets() ?? [])
        {
            if (datum is not HistogramDatum histogram)
            {
                continue;
            }

            var (buckets, sum) = Snapshot(histogram);
            var before = _seen.GetValueOrDefault(datum) ?? new Seen(new long[buckets.Length], 0);
            var deltas = new long[buckets.Length];
            for (var i = 0; i < buckets.Length; i++)
            {
                deltas[i] = buckets[i] - before.Buckets[i];
                if (deltas[i] < 0)
                {
                    return false;
                }
            }

            Record(OtlpTags.Of(metric!.Definition, datum), deltas, sum - before.Sum);
            next[datum] = new Seen(buckets, sum);
        }

        if (_seen.Keys.Any(datum => !next.ContainsKey(datum)))
        {
            return false;
        }

        _seen = next;
        return true;
    }

    private void Record(KeyValuePair<string, object?>[] tags, long[] deltas, double deltaSum)
    {
        var tagList = new TagList(tags);
        foreach (var (value, times) in ReplayPlan.For(bounds, deltas, deltaSum))
        {
            for (var i = 0L; i < times; i++)
            {
                instrument.Record(value, tagList);
            }
        }
    }

    // OpenTelemetry's first bucket is unbounded below, so the observations mtail counted in no range (at or below
    // the lowest edge) belong there.
    private static (long[] Buckets, double Sum) Snapshot(HistogramDatum histogram)
    {
        var buckets = new long[histogram.Layout.Ranges.Length];
        histogram.CopyTo(buckets, out var count, out var sum);
        if (buckets.Length > 0)
        {
            buckets[0] += count - buckets.Sum();
        }

        return (buckets, sum);
    }

    private sealed record Seen(long[] Buckets, double Sum);
}
