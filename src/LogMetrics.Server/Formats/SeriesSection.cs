using System.Globalization;
using System.Text;
using LogMetrics.Metrics;

namespace LogMetrics.Server.Formats;

/// <summary>The status page's word on <c>-max_series</c>: how full the store is and which metrics overflowed.</summary>
internal static class SeriesSection
{
    public static void Write(StringBuilder page, MetricStore store)
    {
        if (store.MaxSeries <= 0)
        {
            return;
        }
        page.Append(CultureInfo.InvariantCulture, $"<h2 id=\"series\">Series</h2>\n<p>Label sets: {store.SeriesUsed} of {store.MaxSeries} (-max_series)</p>\n");
        var overflowed = SeriesOverflow.Totals(store);
        if (overflowed.Count == 0)
        {
            return;
        }
        page.Append("<table border=\"1\">\n<tr><th>metric</th><th>writes sent to __overflow__</th></tr>\n");
        foreach (var (name, writes) in overflowed)
        {
            page.Append("<tr><td>").Append(StatusPage.Html(name)).Append("</td><td>")
                .Append(writes.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }
        page.Append("</table>\n");
    }
}
