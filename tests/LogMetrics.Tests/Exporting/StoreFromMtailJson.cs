using System.Collections.Immutable;
using System.Text.Json.Nodes;
using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Tests.Exporting;

/// <summary>Rebuilds a store from mtail's one-shot JSON, so that every corpus case can check the writers.</summary>
internal static class StoreFromMtailJson
{
    public static MetricStore Load(JsonObject root)
    {
        var store = new MetricStore();
        foreach (var (_, metrics) in root)
        {
            foreach (var node in metrics!.AsArray())
            {
                var json = node!.AsObject();
                var ranges = json["Buckets"]?.AsArray().Select(r => (Min: Number(r!["Min"]), Max: Number(r!["Max"]))).ToList() ?? [];
                var definition = new MetricDefinition(
                    (string)json["Name"]!,
                    (string)json["Program"]!,
                    (MetricKind)(int)json["Kind"]!,
                    (MetricValueType)(int)json["Type"]!,
                    json["Keys"]?.AsArray().Select(k => (string)k!).ToImmutableArray() ?? [],
                    (string?)json["Source"] ?? string.Empty,
                    Boundaries(ranges),
                    (int?)json["Limit"] ?? 0);
                var metric = store.Add(definition);
                foreach (var labelValue in json["LabelValues"]?.AsArray() ?? [])
                {
                    Restore(metric, labelValue!.AsObject());
                }
            }
        }

        return store;
    }

    // Ranges starting at 0 come from positive boundaries (the implicit first range); others start at b0.
    private static ImmutableArray<double> Boundaries(List<(double Min, double Max)> ranges) =>
        ranges.Count == 0 ? []
        : ranges[0].Min == 0 ? [.. ranges.Select(r => r.Max).Where(double.IsFinite)]
        : [ranges[0].Min, .. ranges.Select(r => r.Max).Where(double.IsFinite)];

    private static void Restore(Metric metric, JsonObject labelValue)
    {
        string[] labels = [.. labelValue["Labels"]?.AsArray().Select(l => (string)l!) ?? []];
        var value = labelValue["Value"]!.AsObject();
        var time = (long?)value["Time"] ?? 0;
        var datum = metric.GetOrCreate(labels, time);
        switch (datum)
        {
            case IntDatum i:
                i.Set((long?)value["Value"] ?? 0, time);
                break;
            case FloatDatum f:
                f.Set(value["Value"] is { } v ? Number(v) : 0, time);
                break;
            case StringDatum s:
                s.Set((string?)value["Value"] ?? string.Empty, time);
                break;
            case HistogramDatum h:
                var buckets = value["Buckets"]!.AsObject();
                var counts = h.Layout.Ranges.Select(r => (long)buckets[GoStrconv.FormatFloatG(r.Max)]!).ToArray();
                h.Restore(counts, (long)value["Count"]!, Number(value["Sum"]), time);
                break;
        }

        datum.RestoreTimestamp(time);
        if ((long?)labelValue["Expiry"] is { } expiry)
        {
            datum.SetExpiry(expiry);
        }
    }

    private static double Number(JsonNode? node) => node!.GetValueKind() == System.Text.Json.JsonValueKind.String
        ? (string)node! switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var text => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        }
        : (double)node;
}
