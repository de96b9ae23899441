using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Json;

/// <summary>Writes one metric as mtail's JSON object (field order and omit-empty rules of mtail's structs).</summary>
internal static class MetricJson
{
    public static void Write(GoJsonWriter json, Metric metric)
    {
        var definition = metric.Definition;
        json.StartObject();
        json.Name("Name");
        json.String(definition.Name);
        json.Name("Program");
        json.String(definition.Program);
        json.Name("Kind");
        json.Number((long)definition.Kind);
        json.Name("Type");
        json.Number((long)definition.ValueType);

        // "Hidden" is omitempty and hidden metrics never reach the store, so it is never written.
        if (!definition.Keys.IsEmpty)
        {
            json.Name("Keys");
            WriteStrings(json, definition.Keys);
        }

        var labelSets = metric.GetLabelSets();
        if (labelSets.Count > 0)
        {
            json.Name("LabelValues");
            json.StartArray();
            foreach (var datum in labelSets)
            {
                WriteLabelValue(json, datum);
            }

            json.EndArray();
        }

        if (definition.Source.Length > 0)
        {
            json.Name("Source");
            json.String(definition.Source);
        }

        if (metric.Layout is { Ranges.IsEmpty: false } layout)
        {
            json.Name("Buckets");
            json.StartArray();
            foreach (var range in layout.Ranges)
            {
                json.StartObject();
                json.Name("Min");
                json.String(GoStrconv.FormatFloatG(range.Min));
                json.Name("Max");
                json.String(GoStrconv.FormatFloatG(range.Max));
                json.EndObject();
            }

            json.EndArray();
        }

        if (definition.Limit != 0)
        {
            json.Name("Limit");
            json.Number(definition.Limit);
        }

        json.EndObject();
    }

    private static void WriteLabelValue(GoJsonWriter json, Datum datum)
    {
        json.StartObject();
        if (!datum.Labels.IsEmpty)
        {
            json.Name("Labels");
            WriteStrings(json, datum.Labels);
        }

        json.Name("Value");
        DatumJson.Write(json, datum);
        var expiry = datum.ExpiryNanos;
        if (expiry != 0)
        {
            json.Name("Expiry");
            json.Number(expiry);
        }

        json.EndObject();
    }

    private static void WriteStrings(GoJsonWriter json, IEnumerable<string> values)
    {
        json.StartArray();
        foreach (var value in values)
        {
            json.String(value);
        }

        json.EndArray();
    }
}
