using System.Text;
using LogMetrics.Metrics;

namespace LogMetrics.Server.Formats;

/// <summary>mtail's <c>/graphite</c>: the graphite plaintext lines <c>PREFIXprog.name[.k.v…] value seconds</c>
/// of every label set, text metrics included.</summary>
/// <remarks>
/// Dots in label names and values become <c>_</c>; the metric name is left alone. A histogram adds one
/// <c>.bin_MAX</c> line per range (per-range counts, not cumulative; <c>bin_inf</c> for the last) and a
/// <c>.count</c> line before its sum. rc50 writes the bins of the metric's first label set under every label
/// set, and in Go map order; here each label set has its own bins, in range order. Label pairs are sorted by
/// name (Go map order in mtail).
/// </remarks>
internal static class GraphiteWriter
{
    public static string Render(MetricStore store, string prefix)
    {
        var text = new StringBuilder();
        foreach (var family in store.GetFamilies())
        {
            foreach (var metric in family.Metrics)
            {
                foreach (var datum in metric.GetLabelSets())
                {
                    var path = Path(prefix, metric.Definition, datum);
                    var time = DatumText.Time(datum);
                    if (datum is HistogramDatum histogram)
                    {
                        WriteBins(text, path, histogram, time);
                    }

                    Line(text, path, DatumText.Value(datum), time);
                }
            }
        }

        return text.ToString();
    }

    private static void WriteBins(StringBuilder text, string path, HistogramDatum histogram, string time)
    {
        var ranges = histogram.Layout.Ranges;
        var counts = new long[ranges.Length];
        histogram.CopyTo(counts, out var count, out _);
        for (var i = 0; i < ranges.Length; i++)
        {
            var bin = double.IsPositiveInfinity(ranges[i].Max) ? "inf" : GoFloat.FormatG(ranges[i].Max);
            Line(text, $"{path}.bin_{bin}", Unsigned(counts[i]), time);
        }

        Line(text, path + ".count", Unsigned(count), time);
    }

    // mtail's formatLabels(name, labels, ".", ".", "_").
    private static string Path(string prefix, MetricDefinition definition, Datum datum)
    {
        var path = new StringBuilder(prefix).Append(definition.Program).Append('.').Append(definition.Name);
        var order = Enumerable.Range(0, definition.Keys.Length)
            .OrderBy(i => definition.Keys[i], GoStringComparer.Instance);
        foreach (var i in order)
        {
            path.Append('.').Append(definition.Keys[i].Replace('.', '_'))
                .Append('.').Append(datum.Labels[i].Replace('.', '_'));
        }

        return path.ToString();
    }

    // Go prints the bucket counts as uint64.
    private static string Unsigned(long count) => ((ulong)count).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string path, string value, string time) =>
        text.Append(path).Append(' ').Append(value).Append(' ').Append(time).Append('\n');
}
