using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Exposition;

/// <summary>One series: a datum and how its metric labels it. A struct, so a scrape allocates nothing per series.</summary>
internal readonly record struct ExpositionSeries(ExpositionMetric Metric, Datum Datum)
{
    /// <summary>client_golang's order of series in a family: fewer labels first, then label values in
    /// label-name order, compared as Go strings.</summary>
    public static int Compare(ExpositionSeries x, ExpositionSeries y)
    {
        if (x.Metric.LabelCount != y.Metric.LabelCount)
        {
            return x.Metric.LabelCount.CompareTo(y.Metric.LabelCount);
        }

        for (var i = 0; i < x.Metric.LabelCount; i++)
        {
            var order = GoStringComparer.Instance.Compare(x.Metric.ValueAt(i, x.Datum), y.Metric.ValueAt(i, y.Datum));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>The first label whose value is not valid UTF-16 (Go: not valid UTF-8), or null.</summary>
    public string? IllFormedLabel()
    {
        for (var i = 0; i < Metric.LabelCount; i++)
        {
            if (!PrometheusNames.IsWellFormed(Metric.ValueAt(i, Datum)))
            {
                return Metric.SortedNames[i];
            }
        }

        return null;
    }

    /// <summary>The label pairs as exposition text, e.g. <c>code="200",prog="x.mtail"</c>.</summary>
    public string Signature()
    {
        using var buffer = new Utf8TextBuffer(256);
        WriteLabels(buffer);
        return buffer.ToString();
    }

    /// <summary>Writes the label pairs, escaped, without braces.</summary>
    public void WriteLabels(Utf8TextBuffer output)
    {
        for (var i = 0; i < Metric.LabelCount; i++)
        {
            if (i > 0)
            {
                output.Append((byte)',');
            }

            output.Append(Metric.SortedNames[i]).Append("=\""u8).AppendEscaped(Metric.ValueAt(i, Datum), escapeQuote: true).Append((byte)'"');
        }
    }
}
