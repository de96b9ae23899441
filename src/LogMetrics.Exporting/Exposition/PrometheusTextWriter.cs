using System.Globalization;
using System.Text;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Exposition;

/// <summary>Writes the store in the Prometheus text format 0.0.4, as mtail's exporter does through
/// client_golang: families sorted by name, <c># HELP name defined at SOURCE</c>, <c># TYPE</c>, labels
/// sorted by name (with <c>prog</c>) and <c>le</c> last, numbers as Go <c>%g</c>.</summary>
/// <remarks>Written by hand rather than through prometheus-net, which cannot set or lower a counter,
/// supply bucket counts, stamp samples or order labels like client_golang: see docs/exposition.md.</remarks>
public static class PrometheusTextWriter
{
    /// <summary>Renders the store; on error the text is empty, and warnings list the metrics left out.</summary>
    public static PrometheusWriteResult Render(MetricStore store, PrometheusWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new PrometheusWriterOptions();
        var collector = new ExpositionCollector(options);
        var error = collector.Collect(store);
        if (error is not null)
        {
            return new PrometheusWriteResult(string.Empty, error, [.. collector.Warnings]);
        }

        var text = new StringBuilder();
        foreach (var family in collector.Sorted())
        {
            WriteFamily(text, family, options.EmitTimestamps);
        }

        return new PrometheusWriteResult(text.ToString(), null, [.. collector.Warnings]);
    }

    /// <summary>Renders the store and writes it when rendering succeeded; nothing is written otherwise.</summary>
    public static PrometheusWriteResult Write(MetricStore store, TextWriter output, PrometheusWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = Render(store, options);
        if (result.Succeeded)
        {
            output.Write(result.Text);
        }

        return result;
    }

    private static void WriteFamily(StringBuilder text, ExpositionFamily family, bool emitTimestamps)
    {
        text.Append("# HELP ").Append(family.Name).Append(' ');
        PrometheusNames.AppendHelp(text, family.Help);
        text.Append("\n# TYPE ").Append(family.Name).Append(' ').Append(TypeName(family.Kind)).Append('\n');
        foreach (var series in family.Series)
        {
            var timestamp = emitTimestamps ? FloorMillis(series.Datum.TimestampNanos) : (long?)null;
            switch (series.Datum)
            {
                case HistogramDatum histogram:
                    WriteHistogram(text, family.Name, series.Signature, histogram, timestamp);
                    break;
                case IntDatum i:
                    WriteSample(text, family.Name, series.Signature, null, i.Value, timestamp);
                    break;
                case FloatDatum f:
                    WriteSample(text, family.Name, series.Signature, null, f.Value, timestamp);
                    break;
                default:
                    // mtail exports a String-typed gauge as 0.
                    WriteSample(text, family.Name, series.Signature, null, 0, timestamp);
                    break;
            }
        }
    }

    // Buckets are cumulative over the ranges; the +Inf range is one of them, so le="+Inf" is the sum of the
    // range counts and can be below _count (rc50 counts values at or below the lowest edge in no range).
    private static void WriteHistogram(StringBuilder text, string name, string labels, HistogramDatum histogram, long? timestamp)
    {
        var ranges = histogram.Layout.Ranges;
        Span<long> counts = ranges.Length <= 64 ? stackalloc long[ranges.Length] : new long[ranges.Length];
        histogram.CopyTo(counts, out var count, out var sum);
        var bucketName = name + "_bucket";
        ulong cumulative = 0;
        for (var i = 0; i < ranges.Length; i++)
        {
            cumulative += (ulong)counts[i];
            WriteSample(text, bucketName, labels, GoFloat.FormatG(ranges[i].Max), cumulative, timestamp);
        }

        WriteSample(text, name + "_sum", labels, null, sum, timestamp);
        WriteSample(text, name + "_count", labels, null, (ulong)count, timestamp);
    }

    private static void WriteSample(StringBuilder text, string name, string labels, string? le, double value, long? timestamp)
    {
        text.Append(name);
        if (labels.Length > 0 || le is not null)
        {
            text.Append('{').Append(labels);
            if (le is not null)
            {
                text.Append(labels.Length > 0 ? "," : string.Empty).Append("le=\"").Append(le).Append('"');
            }

            text.Append('}');
        }

        text.Append(' ').Append(GoFloat.FormatG(value));
        if (timestamp is { } ms)
        {
            text.Append(' ').Append(ms.ToString(CultureInfo.InvariantCulture));
        }

        text.Append('\n');
    }

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Histogram => "histogram",

        // Timers are gauges to Prometheus; text never gets here.
        _ => "gauge",
    };

    // Go: t.Unix()*1000 + t.Nanosecond()/1e6, i.e. floor division for times before 1970.
    private static long FloorMillis(long nanos) => Math.DivRem(nanos, 1_000_000, out var rest) - (rest < 0 ? 1 : 0);
}
