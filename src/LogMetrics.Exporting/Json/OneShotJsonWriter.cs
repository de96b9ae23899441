using System.Text;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Json;

/// <summary>mtail's one-shot JSON: an object keyed by exported name (Go byte order), each value the array
/// of that name's metrics (one per program), indented by two spaces, with no trailing newline.</summary>
public static class OneShotJsonWriter
{
    /// <summary>Renders the whole store. Throws <see cref="JsonExportException"/> for NaN or infinite values.</summary>
    public static string Render(MetricStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = new StringBuilder();
        var json = new GoJsonWriter(text);
        json.StartObject();
        foreach (var family in store.GetFamilies())
        {
            json.Name(family.Name);
            json.StartArray();
            foreach (var metric in family.Metrics)
            {
                MetricJson.Write(json, metric);
            }

            json.EndArray();
        }

        json.EndObject();
        return text.ToString();
    }

    /// <summary>Renders the store, then writes it; nothing is written when rendering fails.</summary>
    public static void Write(MetricStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(store));
    }
}
