using System.Globalization;
using System.Text;
using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Plaintext;

/// <summary>Graphite's plaintext protocol as mtail writes it, for <c>/graphite</c> and the Graphite push:
/// <c>PREFIXprog.name[.k.v…] value seconds</c> for every label set.</summary>
/// <remarks>
/// Dots in label names and values become <c>_</c>; the metric name is left alone. A histogram adds one
/// <c>.bin_MAX</c> line per range (per-range counts, not cumulative; <c>bin_inf</c> for the last) and a
/// <c>.count</c> line before its sum. mtail writes the bins and count of the metric's first label set under
/// every label set, in Go map order; here each label set has its own, in range order (docs/compatibility.md).
/// </remarks>
public static class GraphiteLines
{
    /// <summary>All lines of the store; text metrics only for <c>/graphite</c> (<paramref name="includeText"/>).</summary>
    public static string Render(MetricStore store, string prefix, bool includeText)
    {
        var text = new StringBuilder();
        foreach (var (metric, datum) in PushedSeries.Of(store, includeText))
        {
            Append(text, prefix, metric.Definition, datum);
        }

        return text.ToString();
    }

    /// <summary>Appends the lines of one label set.</summary>
    public static void Append(StringBuilder text, string prefix, MetricDefinition definition, Datum datum)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var path = LabelPath.Append(new StringBuilder(prefix).Append(definition.Program).Append('.'), definition, datum, '.')
            .ToString();
        var time = DatumText.Time(datum);
        if (datum is HistogramDatum histogram)
        {
            AppendBins(text, path, histogram, time);
        }

        Line(text, path, DatumText.Value(datum), time);
    }

    private static void AppendBins(StringBuilder text, string path, HistogramDatum histogram, string time)
    {
        var ranges = histogram.Layout.Ranges;
        var counts = new long[ranges.Length];
        histogram.CopyTo(counts, out var count, out _);
        for (var i = 0; i < ranges.Length; i++)
        {
            var bin = double.IsPositiveInfinity(ranges[i].Max) ? "inf" : GoStrconv.FormatFloatG(ranges[i].Max);
            Line(text, $"{path}.bin_{bin}", Unsigned(counts[i]), time);
        }

        Line(text, path + ".count", Unsigned(count), time);
    }

    // Go prints the bucket counts as uint64.
    private static string Unsigned(long count) => ((ulong)count).ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string path, string value, string time) =>
        text.Append(path).Append(' ').Append(value).Append(' ').Append(time).Append('\n');
}
