using System.Text;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Json;

/// <summary>The daemon's <c>/json</c>: a flat array of every metric object, indented by two spaces, no
/// trailing newline. mtail's order is Go map order (random); here it is by name, then add order.</summary>
public static class JsonArrayWriter
{
    /// <summary>Renders the whole store. Throws <see cref="JsonExportException"/> for NaN or infinite values.</summary>
    public static string Render(MetricStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = new StringBuilder();
        var json = new GoJsonWriter(text);
        json.StartArray();
        foreach (var family in store.GetFamilies())
        {
            foreach (var metric in family.Metrics)
            {
                MetricJson.Write(json, metric);
            }
        }

        json.EndArray();
        return text.ToString();
    }

    /// <summary>Renders the store, then writes it; nothing is written when rendering fails.</summary>
    public static void Write(MetricStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(store));
    }
}
