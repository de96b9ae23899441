using System.Globalization;
using System.Text;

namespace LogMetrics.Tests.Exporting;

/// <summary>A strict reader of the Prometheus text format 0.0.4, for round-trip tests: it rejects
/// malformed lines, samples before their family's TYPE, and repeated series.</summary>
internal sealed class PromTextParser
{
    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Series key (name plus labels sorted by name) to value.</summary>
    public Dictionary<string, double> Samples { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Timestamps { get; } = new(StringComparer.Ordinal);

    public static PromTextParser Parse(string text)
    {
        var parser = new PromTextParser();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                parser.ParseLine(line);
            }
        }

        return parser;
    }

    private static string Family(string sampleName, Dictionary<string, string> types)
    {
        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal)
                && types.GetValueOrDefault(sampleName[..^suffix.Length]) == "histogram")
            {
                return sampleName[..^suffix.Length];
            }
        }

        return sampleName;
    }

    private void ParseLine(string line)
    {
        if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
        {
            var parts = line[7..].Split(' ');
            if (parts.Length != 2 || !Types.TryAdd(parts[0], parts[1]))
            {
                throw new FormatException($"Bad or repeated TYPE: {line}");
            }

            return;
        }

        if (line.StartsWith('#'))
        {
            return;
        }

        var at = 0;
        while (at < line.Length && line[at] is not ('{' or ' '))
        {
            at++;
        }

        var name = line[..at];
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (at < line.Length && line[at] == '{')
        {
            at = ReadLabels(line, at + 1, labels);
        }

        var fields = line[at..].Trim().Split(' ');
        if (fields.Length is < 1 or > 2)
        {
            throw new FormatException($"Bad sample: {line}");
        }

        if (!Types.ContainsKey(Family(name, Types)))
        {
            throw new FormatException($"Sample before its TYPE: {line}");
        }

        var key = name + "{" + string.Join(",", labels.Select(p => p.Key + "=" + p.Value)) + "}";
        var value = fields[0] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        if (!Samples.TryAdd(key, value))
        {
            throw new FormatException($"Repeated series: {line}");
        }

        if (fields.Length == 2)
        {
            Timestamps[key] = long.Parse(fields[1], CultureInfo.InvariantCulture);
        }
    }

    private static int ReadLabels(string line, int at, SortedDictionary<string, string> labels)
    {
        while (line[at] != '}')
        {
            var equals = line.IndexOf('=', at);
            var labelName = line[at..equals];
            if (line[equals + 1] != '"')
            {
                throw new FormatException($"Unquoted label value: {line}");
            }

            var value = new StringBuilder();
            at = equals + 2;
            while (line[at] != '"')
            {
                if (line[at] == '\\')
                {
                    at++;
                    value.Append(line[at] switch
                    {
                        'n' => '\n',
                        '\\' => '\\',
                        '"' => '"',
                        _ => throw new FormatException($"Bad escape in: {line}"),
                    });
                }
                else
                {
                    value.Append(line[at]);
                }

                at++;
            }

            labels.Add(labelName, value.ToString());
            at++;
            if (line[at] == ',')
            {
                at++;
            }
        }

        return at + 1;
    }
}
