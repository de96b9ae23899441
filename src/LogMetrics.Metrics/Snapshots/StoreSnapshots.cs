using System.Collections.Immutable;

namespace LogMetrics.Metrics.Snapshots;

/// <summary>Copies a whole <see cref="MetricStore"/> out, and its values back into a store whose programs are loaded.</summary>
public static class StoreSnapshots
{
    /// <summary>
    /// Every metric and label set with its value, timestamp and expiry. The store stays live: call
    /// it where nothing writes (the daemon's line thread, between lines) for a consistent copy.
    /// </summary>
    public static IReadOnlyList<MetricSnapshot> Capture(MetricStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var metrics = new List<MetricSnapshot>();
        foreach (var family in store.GetFamilies())
        {
            foreach (var metric in family.Metrics)
            {
                var d = metric.Definition;
                metrics.Add(new MetricSnapshot(d.Name, d.Program, d.Kind, d.ValueType, d.Keys, d.Buckets,
                    [.. metric.GetLabelSets().Select(Capture)]));
            }
        }
        return metrics;
    }

    /// <summary>
    /// Writes the saved values into the metrics of <paramref name="store"/> declared exactly as they
    /// were (program, name, kind, type, keys, buckets); the others are left as loaded. Returns how
    /// many saved metrics found their declaration.
    /// </summary>
    public static int Restore(MetricStore store, IReadOnlyList<MetricSnapshot> metrics)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(metrics);
        var restored = 0;
        foreach (var saved in metrics)
        {
            if (store.GetMetrics(saved.Name).FirstOrDefault(m => saved.Declares(m.Definition)) is not { } metric)
            {
                continue;
            }
            foreach (var datum in saved.Data)
            {
                // Created in the saved order, so label sets keep their order on /metrics.
                Restore(metric.GetOrCreate(datum.Labels.AsSpan(), datum.TimestampNanos), datum);
            }
            restored++;
        }
        return restored;
    }

    static DatumSnapshot Capture(Datum datum)
    {
        var labels = datum.Labels;
        // Read the time first: a value written meanwhile then carries a time at least as new.
        var time = datum.TimestampNanos;
        var expiry = datum.ExpiryNanos;
        switch (datum)
        {
            case IntDatum i:
                return new DatumSnapshot(labels, time, expiry, Int: i.Value);
            case FloatDatum f:
                return new DatumSnapshot(labels, time, expiry, Float: f.Value);
            case StringDatum s:
                return new DatumSnapshot(labels, time, expiry, Text: s.Value);
            case HistogramDatum h:
                var counts = new long[h.Layout.Ranges.Length];
                h.CopyTo(counts, out var count, out var sum);
                return new DatumSnapshot(labels, time, expiry, RangeCounts: ImmutableArray.Create(counts), Count: count, Sum: sum);
            default:
                throw new InvalidOperationException($"Unknown datum {datum.GetType().Name}.");
        }
    }

    static void Restore(Datum target, DatumSnapshot saved)
    {
        var time = saved.TimestampNanos;
        switch (target)
        {
            case IntDatum i:
                i.Set(saved.Int ?? 0, time);
                break;
            case FloatDatum f:
                f.Set(saved.Float ?? 0, time);
                break;
            case StringDatum s:
                s.Set(saved.Text ?? "", time);
                break;
            case HistogramDatum h when saved.RangeCounts is { } counts && counts.Length == h.Layout.Ranges.Length:
                h.Restore(counts.AsSpan(), saved.Count ?? 0, saved.Sum ?? 0, time);
                break;
        }
        target.SetExpiry(saved.ExpiryNanos);
    }
}
