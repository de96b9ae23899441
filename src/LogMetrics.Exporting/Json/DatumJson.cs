using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Json;

/// <summary>Writes a datum's <c>"Value"</c> object as mtail's datum types marshal themselves.</summary>
internal static class DatumJson
{
    public static void Write(GoJsonWriter json, Datum datum)
    {
        json.StartObject();
        switch (datum)
        {
            case IntDatum i:
                json.Name("Value");
                json.Number(i.Value);
                break;
            case FloatDatum f:
                json.Name("Value");
                json.Number(f.Value);
                break;
            case StringDatum s:
                json.Name("Value");
                json.String(s.Value);
                break;
            case HistogramDatum h:
                WriteBuckets(json, h);
                break;
            default:
                throw new InvalidOperationException($"Unknown datum type {datum.GetType().Name}.");
        }

        json.Name("Time");
        json.Number(datum.TimestampNanos);
        json.EndObject();
    }

    // Counts per range, not cumulative, keyed by the range's Max as %g; Go sorts map keys as strings.
    private static void WriteBuckets(GoJsonWriter json, HistogramDatum histogram)
    {
        var ranges = histogram.Layout.Ranges;
        var counts = new long[ranges.Length];
        histogram.CopyTo(counts, out var count, out var sum);

        var keyed = new List<(string Key, long Count)>(ranges.Length);
        for (var i = 0; i < ranges.Length; i++)
        {
            keyed.Add((GoStrconv.FormatFloatG(ranges[i].Max), counts[i]));
        }

        keyed.Sort(static (a, b) => GoStringComparer.Instance.Compare(a.Key, b.Key));
        json.Name("Buckets");
        json.StartObject();
        foreach (var (key, value) in keyed)
        {
            json.Name(key);
            json.Number(value);
        }

        json.EndObject();
        json.Name("Count");
        json.Number(count);
        json.Name("Sum");
        json.Number(sum);
    }
}
