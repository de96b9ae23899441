using LogMetrics.Go;
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
        using var buffer = new Utf8TextBuffer();
        var result = RenderUtf8(store, buffer, options);
        return result.Succeeded ? result with { Text = buffer.ToString() } : result;
    }

    /// <summary>
    /// Renders the store as UTF-8 into <paramref name="output"/> (the scrape's path: no string of the whole
    /// body is made). On error nothing is written; the result's <see cref="PrometheusWriteResult.Text"/> is empty.
    /// </summary>
    public static PrometheusWriteResult RenderUtf8(MetricStore store, Utf8TextBuffer output, PrometheusWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new PrometheusWriterOptions();
        var collector = new ExpositionCollector(options);
        var error = collector.Collect(store);
        if (error is not null)
        {
            return new PrometheusWriteResult(string.Empty, error, [.. collector.Warnings]);
        }

        foreach (var family in collector.Sorted())
        {
            WriteFamily(output, family, options.EmitTimestamps);
        }

        return new PrometheusWriteResult(string.Empty, null, [.. collector.Warnings]);
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

    private static void WriteFamily(Utf8TextBuffer output, ExpositionFamily family, bool emitTimestamps)
    {
        output.Append("# HELP "u8).Append(family.Name).Append((byte)' ').AppendEscaped(family.Help, escapeQuote: false)
            .Append("\n# TYPE "u8).Append(family.Name).Append((byte)' ').Append(TypeName(family.Kind)).Append((byte)'\n');
        foreach (var series in family.Series)
        {
            var timestamp = emitTimestamps ? FloorMillis(series.Datum.TimestampNanos) : (long?)null;
            switch (series.Datum)
            {
                case HistogramDatum histogram:
                    WriteHistogram(output, family.Name, series, histogram, timestamp);
                    break;
                case IntDatum i:
                    WriteSample(output, family.Name, null, series, null, i.Value, timestamp);
                    break;
                case FloatDatum f:
                    WriteSample(output, family.Name, null, series, null, f.Value, timestamp);
                    break;
                default:
                    // mtail exports a String-typed gauge as 0.
                    WriteSample(output, family.Name, null, series, null, 0, timestamp);
                    break;
            }
        }
    }

    // Buckets are cumulative over the ranges; the +Inf range is one of them, so le="+Inf" is the sum of the
    // range counts and can be below _count (rc50 counts values at or below the lowest edge in no range).
    private static void WriteHistogram(Utf8TextBuffer output, string name, ExpositionSeries series, HistogramDatum histogram, long? timestamp)
    {
        var ranges = histogram.Layout.Ranges;
        Span<long> counts = ranges.Length <= 64 ? stackalloc long[ranges.Length] : new long[ranges.Length];
        histogram.CopyTo(counts, out var count, out var sum);
        ulong cumulative = 0;
        for (var i = 0; i < ranges.Length; i++)
        {
            cumulative += (ulong)counts[i];
            WriteSample(output, name, "_bucket"u8, series, GoStrconv.FormatFloatG(ranges[i].Max), cumulative, timestamp);
        }

        WriteSample(output, name, "_sum"u8, series, null, sum, timestamp);
        WriteSample(output, name, "_count"u8, series, null, (ulong)count, timestamp);
    }

    private static void WriteSample(
        Utf8TextBuffer output, string name, ReadOnlySpan<byte> suffix, ExpositionSeries series, string? le, double value, long? timestamp)
    {
        output.Append(name).Append(suffix);
        if (series.Metric.LabelCount > 0 || le is not null)
        {
            output.Append((byte)'{');
            series.WriteLabels(output);
            if (le is not null)
            {
                output.Append(series.Metric.LabelCount > 0 ? ",le=\""u8 : "le=\""u8).Append(le).Append((byte)'"');
            }

            output.Append((byte)'}');
        }

        output.Append((byte)' ').AppendGoFloat(value);
        if (timestamp is { } ms)
        {
            output.Append((byte)' ').Append(ms);
        }

        output.Append((byte)'\n');
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
