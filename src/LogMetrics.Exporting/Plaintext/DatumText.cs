using System.Globalization;
using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Plaintext;

/// <summary>mtail's <c>Datum.ValueString()</c> and <c>TimeString()</c>, shared by <c>/varz</c>, <c>/graphite</c>
/// and the Graphite, StatsD and collectd pushes.</summary>
public static class DatumText
{
    /// <summary>Int as <c>%d</c>, Float as <c>%g</c>, String as is, a histogram as its sum (<c>%g</c>).</summary>
    public static string Value(Datum datum) => datum switch
    {
        IntDatum i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatDatum f => GoStrconv.FormatFloatG(f.Value),
        StringDatum s => s.Value,
        HistogramDatum h => GoStrconv.FormatFloatG(h.Sum),
        _ => throw new InvalidOperationException($"Unknown datum type {datum?.GetType().Name}."),
    };

    /// <summary>Unix seconds of the last write; Go divides the nanoseconds, truncating toward zero.</summary>
    public static string Time(Datum datum)
    {
        ArgumentNullException.ThrowIfNull(datum);
        return (datum.TimestampNanos / 1_000_000_000).ToString(CultureInfo.InvariantCulture);
    }
}
