using System.Text;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Plaintext;

/// <summary>StatsD's line as mtail pushes it: one datagram per label set,
/// <c>PREFIXprog.name[.k.v…]:value|TYPE</c>, without a newline.</summary>
/// <remarks>The value is the running total (counters are not turned into deltas), a histogram's value its sum;
/// the type is <c>c</c> for a counter, <c>g</c> for a gauge, <c>ms</c> for a timer and empty for a histogram,
/// all as in mtail.</remarks>
public static class StatsdLines
{
    /// <summary>The datagram of one label set.</summary>
    public static string Datagram(string prefix, MetricDefinition definition, Datum datum)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return LabelPath.Append(new StringBuilder(prefix).Append(definition.Program).Append('.'), definition, datum, '.')
            .Append(':').Append(DatumText.Value(datum)).Append('|').Append(TypeOf(definition.Kind))
            .ToString();
    }

    private static string TypeOf(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "c",
        MetricKind.Gauge => "g",
        MetricKind.Timer => "ms",
        _ => "",
    };
}
