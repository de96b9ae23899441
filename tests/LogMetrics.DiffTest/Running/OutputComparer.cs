using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LogMetrics.DiffTest.Running;

/// <summary>One difference between mtail's output and ours, with the program it belongs to when known.</summary>
public sealed record Difference(string? Program, string What);

/// <summary>
/// Compares one-shot outputs semantically, as ../shared/conformance/run does: Prometheus samples by
/// name and labels with a relative tolerance, TYPE and HELP lines as sets; JSON metrics with label
/// sets unordered and wall-clock times ignored.
/// </summary>
public static partial class OutputComparer
{
    const double RelativeTolerance = 1e-9;

    public static List<Difference> ComparePrometheus(string expected, string actual)
    {
        var differences = new List<Difference>();
        var (expectedSamples, expectedMeta) = ParsePrometheus(expected);
        var (actualSamples, actualMeta) = ParsePrometheus(actual);
        foreach (var (series, value) in expectedSamples)
        {
            if (!actualSamples.TryGetValue(series, out var got))
            {
                differences.Add(new Difference(ProgramOf(series), $"prometheus: series {series} missing (mtail: {Format(value)})"));
            }
            else if (!Close(value, got))
            {
                differences.Add(new Difference(ProgramOf(series), $"prometheus: series {series}: mtail {Format(value)}, logmetrics {Format(got)}"));
            }
        }
        foreach (var series in actualSamples.Keys.Where(s => !expectedSamples.ContainsKey(s)))
        {
            differences.Add(new Difference(ProgramOf(series), $"prometheus: series {series} not in mtail's output"));
        }
        foreach (var line in expectedMeta.Except(actualMeta))
        {
            differences.Add(new Difference(null, $"prometheus: line missing: {line}"));
        }
        foreach (var line in actualMeta.Except(expectedMeta))
        {
            differences.Add(new Difference(null, $"prometheus: line not in mtail's output: {line}"));
        }
        return differences;
    }

    public static List<Difference> CompareJson(string expected, string actual)
    {
        var differences = new List<Difference>();
        Dictionary<string, List<string>> e, a;
        try
        {
            e = CanonicalJson(expected);
        }
        catch (JsonException ex)
        {
            return [new Difference(null, $"json: mtail's output does not parse: {ex.Message}")];
        }
        try
        {
            a = CanonicalJson(actual);
        }
        catch (JsonException ex)
        {
            return [new Difference(null, $"json: logmetrics' output does not parse: {ex.Message}")];
        }
        foreach (var name in e.Keys.Union(a.Keys).Order(StringComparer.Ordinal))
        {
            var left = e.GetValueOrDefault(name) ?? [];
            var right = a.GetValueOrDefault(name) ?? [];
            foreach (var entry in left.Except(right))
            {
                differences.Add(new Difference(ProgramOfJson(entry), $"json: {name}: mtail has {entry}"));
            }
            foreach (var entry in right.Except(left))
            {
                differences.Add(new Difference(ProgramOfJson(entry), $"json: {name}: logmetrics has {entry}"));
            }
        }
        return differences;
    }

    static (Dictionary<string, double> Samples, HashSet<string> Meta) ParsePrometheus(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        var meta = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            if (line.StartsWith('#'))
            {
                meta.Add(line);
                continue;
            }
            var space = line.LastIndexOf(' ');
            var series = space < 0 ? line : CanonicalSeries(line[..space]);
            var value = space < 0 ? double.NaN : ParseValue(line[(space + 1)..]);
            samples[series] = value;
        }
        return (samples, meta);
    }

    // Labels sorted by name, so the order an implementation writes them in does not matter.
    static string CanonicalSeries(string series)
    {
        var brace = series.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return series;
        }
        var labels = LabelPair().Matches(series[(brace + 1)..^1])
            .Select(m => m.Value[..(m.Value.IndexOf('=', StringComparison.Ordinal) + 2)] + ApproximateNumber(m.Value[(m.Value.IndexOf('=', StringComparison.Ordinal) + 2)..^1]) + "\"")
            .Order(StringComparer.Ordinal);
        return series[..brace] + "{" + string.Join(",", labels) + "}";
    }

    [GeneratedRegex("""[A-Za-z_][A-Za-z0-9_]*="(?:[^"\\]|\\.)*"(?=,|$)""")]
    private static partial Regex LabelPair();

    [GeneratedRegex("""prog="([^"]+)""")]
    private static partial Regex ProgLabel();

    [GeneratedRegex("\"Program\":\"([^\"]+)\"")]
    private static partial Regex ProgramField();

    static string? ProgramOf(string series) => ProgLabel().Match(series) is { Success: true } m ? m.Groups[1].Value : null;

    static string? ProgramOfJson(string entry) => ProgramField().Match(entry) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>
    /// A float printed with 15 or more significant digits, rounded to 14: Go's exp and log (which
    /// its Pow uses for fractional exponents) and the C library's can differ in the last bit
    /// (docs/compatibility.md), which shows in the shortest text of the result. Shorter numbers stay
    /// as they are, so "1" against "1.0" is still a difference.
    /// </summary>
    public static string ApproximateNumber(string text)
    {
        var digits = 0;
        var leading = true;
        foreach (var ch in text)
        {
            if (ch is 'e' or 'E')
            {
                break;
            }
            if (char.IsAsciiDigit(ch) && !(leading && ch == '0'))
            {
                leading = false;
                digits++;
            }
        }
        // Integers stay exact: a difference in their last digit is a real one.
        var looksFloat = text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.OrdinalIgnoreCase);
        return digits >= 15 && looksFloat && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? "≈" + value.ToString("G14", CultureInfo.InvariantCulture)
            : text;
    }

    static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
    };

    static bool Close(double a, double b) =>
        (double.IsNaN(a) && double.IsNaN(b)) || a.Equals(b) || Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // Each metric entry as one canonical line: keys sorted, Time dropped, label sets sorted,
    // numbers rounded to 12 significant digits.
    static Dictionary<string, List<string>> CanonicalJson(string text)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }
        using var doc = JsonDocument.Parse(text);
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            result[property.Name] = property.Value.EnumerateArray().Select(Canonical).Order(StringComparer.Ordinal).ToList();
        }
        return result;
    }

    static string Canonical(JsonElement element)
    {
        var sb = new StringBuilder();
        Write(element, sb, null);
        return sb.ToString();
    }

    static void Write(JsonElement element, StringBuilder sb, string? key)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().Where(p => p.Name != "Time").OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    sb.Append('"').Append(property.Name).Append("\":");
                    Write(property.Value, sb, property.Name);
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                var items = element.EnumerateArray().Select(item =>
                {
                    var inner = new StringBuilder();
                    Write(item, inner, null);
                    return inner.ToString();
                });
                // Label sets come in map order in mtail; keys, labels and buckets keep theirs.
                if (key == "LabelValues")
                {
                    items = items.Order(StringComparer.Ordinal);
                }
                sb.Append('[').Append(string.Join(",", items)).Append(']');
                break;
            case JsonValueKind.Number:
                var number = element.GetDouble();
                sb.Append(number.ToString("G12", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                sb.Append(JsonSerializer.Serialize(ApproximateNumber(element.GetString()!)));
                break;
            default:
                sb.Append(element.GetRawText());
                break;
        }
    }
}
