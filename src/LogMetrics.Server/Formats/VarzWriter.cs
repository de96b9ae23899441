using System.Text;
using LogMetrics.Exporting.Plaintext;
using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Server.Formats;

/// <summary>mtail's <c>/varz</c>: one line per label set, <c>name{k=v,…,prog=P,instance=H} value</c>.</summary>
/// <remarks>As in mtail: no quoting or escaping, the name is not sanitised, the <c>k=v</c> pairs are sorted as
/// strings and <c>prog</c> and <c>instance</c> come last; every kind is listed, text included. mtail's metric
/// order is Go map order; here it is the store's (by name, then by program).</remarks>
internal static class VarzWriter
{
    public static string Render(MetricStore store, bool emitProgLabel, string hostname)
    {
        var text = new StringBuilder();
        var pairs = new List<string>();
        foreach (var family in store.GetFamilies())
        {
            foreach (var metric in family.Metrics)
            {
                var keys = metric.Definition.Keys;
                foreach (var datum in metric.GetLabelSets())
                {
                    pairs.Clear();
                    for (var i = 0; i < keys.Length; i++)
                    {
                        pairs.Add(keys[i] + "=" + datum.Labels[i]);
                    }

                    pairs.Sort(GoStringComparer.Instance);
                    if (emitProgLabel)
                    {
                        pairs.Add("prog=" + metric.Definition.Program);
                    }

                    pairs.Add("instance=" + hostname);
                    text.Append(metric.Definition.Name).Append('{').AppendJoin(',', pairs).Append("} ")
                        .Append(DatumText.Value(datum)).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
