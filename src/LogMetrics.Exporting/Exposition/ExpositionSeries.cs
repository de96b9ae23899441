using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Exposition;

/// <summary>One series: its labels sorted by name (as client_golang sorts them) and its datum.</summary>
internal sealed class ExpositionSeries(KeyValuePair<string, string>[] labels, Datum datum)
{
    public KeyValuePair<string, string>[] Labels { get; } = labels;

    public Datum Datum { get; } = datum;

    /// <summary>The label pairs as exposition text, e.g. <c>code="200",prog="x.mtail"</c>.</summary>
    public string Signature { get; } = Render(labels);

    /// <summary>client_golang's order of series in a family: fewer labels first, then label values in
    /// label-name order, compared as Go strings.</summary>
    public static int Compare(ExpositionSeries? x, ExpositionSeries? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Labels.Length != y.Labels.Length)
        {
            return x.Labels.Length.CompareTo(y.Labels.Length);
        }

        for (var i = 0; i < x.Labels.Length; i++)
        {
            var order = GoStringComparer.Instance.Compare(x.Labels[i].Value, y.Labels[i].Value);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static string Render(KeyValuePair<string, string>[] labels)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (name, value) in labels)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(name).Append("=\"");
            PrometheusNames.AppendLabelValue(text, value);
            text.Append('"');
        }

        return text.ToString();
    }
}
