using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Otlp;

/// <summary>Attribute sets and instrument names for OpenTelemetry.</summary>
internal static class OtlpTags
{
    /// <summary>A label set's attributes: each declared key with its value, as strings.</summary>
    public static KeyValuePair<string, object?>[] Of(MetricDefinition definition, Datum datum)
    {
        var tags = new KeyValuePair<string, object?>[definition.Keys.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = new(definition.Keys[i], datum.Labels[i]);
        }

        return tags;
    }

    /// <summary>The SDK ignores an instrument whose name is not a letter then up to 254 of
    /// <c>[A-Za-z0-9._/-]</c>; mtail's <c>as "…"</c> allows more (<c>ns:metric</c>), so other characters become
    /// <c>_</c> and a name that does not start with a letter gets <c>m_</c> in front.</summary>
    public static string InstrumentName(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '-' ? c : '_').ToArray();
        var cleaned = new string(chars);
        if (cleaned.Length == 0 || !char.IsAsciiLetter(cleaned[0]))
        {
            cleaned = "m_" + cleaned;
        }

        return cleaned.Length > 255 ? cleaned[..255] : cleaned;
    }
}
