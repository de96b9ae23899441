using System.Text.Json.Nodes;

namespace LogMetrics.Tests.Exporting;

/// <summary>Access to the conformance corpus (outside the repository) and its comparison rules.</summary>
internal static class CorpusSupport
{
    private const double Tolerance = 1e-9;

    // Arrays the corpus runner compares in order; every other array is a multiset.
    private static readonly HashSet<string> OrderedArrays = new(StringComparer.Ordinal) { "Keys", "Labels", "Buckets" };

    /// <summary>The case directory, or null when the corpus is not on this machine.</summary>
    public static string? CaseDirectory(string name)
    {
        if (Support.SharedCorpus.Directory is not { } root)
        {
            return null;
        }
        var directory = Path.Combine(root, "cases", name);
        return Directory.Exists(directory) ? directory : null;
    }

    /// <summary>The first difference between expected and actual JSON under the corpus rules, or null.</summary>
    public static string? JsonDifference(JsonNode? expected, JsonNode? actual, string path = "$", string? key = null)
    {
        // null in an expected file stands for a wall-clock value: anything goes.
        if (expected is null)
        {
            return null;
        }

        switch (expected)
        {
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: expected an object";
                }

                var extra = actualObject.Select(p => p.Key).Except(expectedObject.Select(p => p.Key)).ToList();
                if (extra.Count > 0)
                {
                    return $"{path}: unexpected keys {string.Join(", ", extra)}";
                }

                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.TryGetPropertyValue(name, out var actualValue))
                    {
                        return $"{path}.{name}: missing";
                    }

                    if (JsonDifference(value, actualValue, $"{path}.{name}", name) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return $"{path}: expected an array of {expectedArray.Count}";
                }

                return key is not null && OrderedArrays.Contains(key)
                    ? expectedArray.Select((e, i) => JsonDifference(e, actualArray[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null)
                    : MultisetDifference(expectedArray, actualArray, path);
            default:
                return ValueDifference((JsonValue)expected, actual, path);
        }
    }

    /// <summary>The first difference between two Prometheus texts: TYPEs and series values.</summary>
    public static string? PrometheusDifference(string expected, string actual)
    {
        var want = PromTextParser.Parse(expected);
        var got = PromTextParser.Parse(actual);
        foreach (var (name, type) in want.Types)
        {
            if (got.Types.GetValueOrDefault(name) != type)
            {
                return $"TYPE {name}: expected {type}, got {got.Types.GetValueOrDefault(name)}";
            }
        }

        if (got.Types.Keys.Except(want.Types.Keys).FirstOrDefault() is { } extraType)
        {
            return $"unexpected TYPE {extraType}";
        }

        foreach (var (series, value) in want.Samples)
        {
            if (!got.Samples.TryGetValue(series, out var actualValue) || !Close(value, actualValue))
            {
                return $"{series}: expected {value}, got {(got.Samples.ContainsKey(series) ? actualValue : "nothing")}";
            }
        }

        return got.Samples.Keys.Except(want.Samples.Keys).FirstOrDefault() is { } extra ? $"unexpected series {extra}" : null;
    }

    private static string? MultisetDifference(JsonArray expected, JsonArray actual, string path)
    {
        var unused = actual.ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            var match = unused.FindIndex(a => JsonDifference(expected[i], a, path) is null);
            if (match < 0)
            {
                return $"{path}[{i}]: no matching element for {expected[i]?.ToJsonString()}";
            }

            unused.RemoveAt(match);
        }

        return null;
    }

    private static string? ValueDifference(JsonValue expected, JsonNode? actual, string path)
    {
        if (actual is not JsonValue actualValue)
        {
            return $"{path}: expected a value";
        }

        if (expected.TryGetValue<double>(out var number))
        {
            return actualValue.TryGetValue<double>(out var got) && Close(number, got) ? null : $"{path}: expected {number}, got {actual.ToJsonString()}";
        }

        return expected.ToJsonString() == actual.ToJsonString() ? null : $"{path}: expected {expected.ToJsonString()}, got {actual.ToJsonString()}";
    }

    private static bool Close(double expected, double actual) =>
        (double.IsNaN(expected) && double.IsNaN(actual))
        || expected.Equals(actual)
        || Math.Abs(expected - actual) <= Tolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));
}
