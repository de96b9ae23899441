using System.Globalization;
using System.Text;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Plaintext;

/// <summary>collectd's unixsock <c>PUTVAL</c> command as mtail writes it:
/// <c>PUTVAL "HOST/PREFIXmtail-PROG/KIND-name[-k-v…]" interval=SECONDS TIME:VALUE</c>.</summary>
/// <remarks>
/// KIND is the lower-case kind name (<c>counter</c>, <c>gauge</c>, <c>histogram</c>), with a timer sent as a
/// <c>gauge</c>; collectd must know each as a type (its types.db has <c>counter</c> and <c>gauge</c>, not
/// <c>histogram</c>). Hyphens in label names and values become <c>_</c>; the metric name is left alone. The
/// interval is the push interval in whole seconds, truncated as Go's <c>int64(d.Seconds())</c> does.
/// </remarks>
public static class CollectdLines
{
    /// <summary>The command line (with its newline) of one label set.</summary>
    public static string Putval(string hostname, string prefix, TimeSpan interval, MetricDefinition definition, Datum datum)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var identifier = new StringBuilder("PUTVAL \"").Append(hostname).Append('/').Append(prefix).Append("mtail-")
            .Append(definition.Program).Append('/').Append(TypeOf(definition.Kind)).Append('-');
        return LabelPath.Append(identifier, definition, datum, '-')
            .Append("\" interval=").Append(((long)interval.TotalSeconds).ToString(CultureInfo.InvariantCulture))
            .Append(' ').Append(DatumText.Time(datum)).Append(':').Append(DatumText.Value(datum)).Append('\n')
            .ToString();
    }

    // mtail: strings.ToLower(kind.String()), except that a timer goes as a gauge.
    private static string TypeOf(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Gauge or MetricKind.Timer => "gauge",
        MetricKind.Histogram => "histogram",
        _ => "text",
    };
}
