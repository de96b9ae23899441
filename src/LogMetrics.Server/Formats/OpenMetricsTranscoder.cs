using System.Globalization;
using System.Text;

namespace LogMetrics.Server.Formats;

/// <summary>Rewrites the store's Prometheus text 0.0.4 (from <c>PrometheusTextWriter</c>) as OpenMetrics 1.0,
/// without the final <c># EOF</c>, or says why the store cannot be expressed faithfully in OpenMetrics.</summary>
/// <remarks>
/// Working from our own writer's text keeps one implementation of the collection rules (name checks, duplicate
/// series, label order). The differences: a counter family drops a <c>_total</c> suffix and its samples gain
/// one; HELP also escapes <c>"</c>; timestamps are seconds, not milliseconds. OpenMetrics forbids what mtail
/// allows in three places, and then the caller serves text 0.0.4 instead: a negative counter (mtail lets a
/// program set or decrease one), a histogram whose <c>+Inf</c> bucket is below its count (rc50 counts values at
/// or below the lowest edge in no bucket) or whose sum is negative, and two families that end up with one name
/// (a counter <c>x_total</c> next to a gauge <c>x</c>).
/// </remarks>
internal static class OpenMetricsTranscoder
{
    public static bool TryTranscode(string text, bool timestamps, StringBuilder output, out string? reason)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? help = null;
        string name = string.Empty, openName = string.Empty, kind = string.Empty;
        var infBucket = double.NaN;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.StartsWith("# HELP "))
            {
                // The family name is only known after its TYPE line.
                help = line.ToString();
                continue;
            }

            if (line.StartsWith("# TYPE "))
            {
                var fields = line[7..].ToString().Split(' ');
                (name, kind) = (fields[0], fields[1]);
                openName = kind == "counter" && name.EndsWith("_total", StringComparison.Ordinal) ? name[..^6] : name;
                if (openName.Length == 0 || !names.Add(openName))
                {
                    reason = $"two families are named {openName} in OpenMetrics";
                    return false;
                }

                if (help is not null)
                {
                    output.Append("# HELP ").Append(openName).Append(' ')
                        .Append(help.AsSpan(8 + name.Length).ToString().Replace("\"", "\\\"", StringComparison.Ordinal))
                        .Append('\n');
                    help = null;
                }

                output.Append("# TYPE ").Append(openName).Append(' ').Append(kind).Append('\n');
                continue;
            }

            var sample = Sample.Parse(line, timestamps);
            if (kind == "counter")
            {
                if (sample.Number < 0)
                {
                    reason = $"counter {name} is negative";
                    return false;
                }

                output.Append(openName).Append("_total");
            }
            else
            {
                output.Append(sample.Name);
            }

            if (kind == "histogram" && !CheckHistogram(name, sample, ref infBucket, out reason))
            {
                return false;
            }

            output.Append(sample.Labels).Append(' ').Append(sample.Value);
            if (sample.Milliseconds is { } ms)
            {
                output.Append(' ').Append((ms / 1000m).ToString(CultureInfo.InvariantCulture));
            }

            output.Append('\n');
        }

        reason = null;
        return true;
    }

    // Our writer prints each series' buckets, then _sum, then _count, with le last among the labels.
    private static bool CheckHistogram(string name, Sample sample, ref double infBucket, out string? reason)
    {
        reason = null;
        if (sample.Name == name + "_bucket" && sample.Labels.EndsWith("le=\"+Inf\"}", StringComparison.Ordinal))
        {
            infBucket = sample.Number;
        }
        else if (sample.Name == name + "_sum" && sample.Number < 0)
        {
            reason = $"histogram {name} has a negative sum";
        }
        else if (sample.Name == name + "_count" && sample.Number != infBucket)
        {
            reason = $"histogram {name} counts observations in no bucket";
        }

        return reason is null;
    }

    private readonly record struct Sample(string Name, string Labels, string Value, double Number, long? Milliseconds)
    {
        // name[{labels}] value [timestamp]: the labels end at the last '}', as value and timestamp have none.
        public static Sample Parse(ReadOnlySpan<char> line, bool timestamps)
        {
            var nameEnd = line.IndexOfAny('{', ' ');
            var labelsEnd = line[nameEnd] == '{' ? line.LastIndexOf('}') + 1 : nameEnd;
            var rest = line[labelsEnd..].Trim(' ').ToString().Split(' ');
            long? milliseconds = timestamps ? long.Parse(rest[^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;
            var value = rest[0];
            return new Sample(
                line[..nameEnd].ToString(),
                line[nameEnd..labelsEnd].ToString(),
                value,
                ParseNumber(value),
                milliseconds);
        }

        private static double ParseNumber(string value) => value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }
}
