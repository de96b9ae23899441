using System.Text;
using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Plaintext;

/// <summary>mtail's <c>formatLabels</c>: a metric name followed by its label pairs, for the plaintext formats.</summary>
/// <remarks>
/// The name comes first as it is; then, for each key in sorted order (Go's byte order), the separator, the key,
/// the separator and the value. A separator inside a key or value becomes <c>_</c> so the pairs can be told apart;
/// nothing else is escaped. Graphite and StatsD separate with <c>.</c>, collectd with <c>-</c>.
/// </remarks>
public static class LabelPath
{
    /// <summary>Appends <c>name[SEP key SEP value…]</c> for <paramref name="datum"/> of <paramref name="definition"/>.</summary>
    public static StringBuilder Append(StringBuilder text, MetricDefinition definition, Datum datum, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(datum);
        text.Append(definition.Name);
        foreach (var i in SortedKeyIndexes(definition))
        {
            text.Append(separator).Append(definition.Keys[i].Replace(separator, '_'))
                .Append(separator).Append(datum.Labels[i].Replace(separator, '_'));
        }

        return text;
    }

    private static IEnumerable<int> SortedKeyIndexes(MetricDefinition definition) =>
        definition.Keys.Length < 2
            ? Enumerable.Range(0, definition.Keys.Length)
            : Enumerable.Range(0, definition.Keys.Length).OrderBy(i => definition.Keys[i], GoStringComparer.Instance);
}
