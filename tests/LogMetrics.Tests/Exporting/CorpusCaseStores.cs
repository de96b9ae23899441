using System.Globalization;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Exporting;

/// <summary>Hand-built equivalents of what a few corpus programs do with their logs: the store they
/// would leave behind, so the writers can be compared with rc50's outputs.</summary>
internal static class CorpusCaseStores
{
    private const long Now = 1_700_000_000_000_000_000;
    private const long Hour = 3_600_000_000_000;

    public static readonly Dictionary<string, Func<string[], MetricStore>> Builders = new(StringComparer.Ordinal)
    {
        ["custom-histogram-nolabels"] = lines => Histogram(lines, "latency", "hist.mtail:1:11-17", [1, 2, 4, 8]),
        ["custom-histogram-negative-buckets"] = lines => Histogram(lines, "delta", "hist.mtail:1:11-15", [-10, -1, 0, 1, 10]),
        ["custom-del-after"] = DelAfter,
        ["custom-limit"] = Limit,
        ["custom-text"] = Text,
        ["custom-unicode-labels"] = UnicodeLabels,
        ["custom-multi-progs-label-conflict"] = LabelConflict,
    };

    private static Metric Add(MetricStore store, string name, MetricKind kind, MetricValueType type, string[] keys, string source, int limit = 0) =>
        store.Add(Defs.Make(name, kind, type, keys, source[..source.IndexOf(':', StringComparison.Ordinal)], source, limit));

    // histogram NAME buckets ...; /^v (\d+(\.\d+)?)$/ { NAME = $v }
    private static MetricStore Histogram(string[] lines, string name, string source, double[] buckets)
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Make(name, MetricKind.Histogram, MetricValueType.Buckets, [], "hist.mtail", source) with { Buckets = [.. buckets] });
        foreach (var line in lines)
        {
            ((HistogramDatum)metric.GetOrCreate([], Now)).Observe(double.Parse(line[2..], CultureInfo.InvariantCulture), Now);
        }

        return store;
    }

    private static MetricStore DelAfter(string[] lines)
    {
        var store = new MetricStore();
        var lastSeen = Add(store, "last_seen", MetricKind.Counter, MetricValueType.Int, ["host"], "delafter.mtail:1:9-17");
        foreach (var parts in lines.Select(l => l.Split(' ')))
        {
            if (parts[1] == "up")
            {
                var datum = (IntDatum)lastSeen.GetOrCreate([parts[0]], Now);
                datum.Increment(Now);
                datum.SetExpiry(Hour);
            }
            else if (lastSeen.TryGet([parts[0]], out var existing))
            {
                existing.SetExpiry(24 * Hour);
            }
        }

        return store;
    }

    private static MetricStore Limit(string[] lines)
    {
        var store = new MetricStore();
        var hits = Add(store, "hits", MetricKind.Counter, MetricValueType.Int, ["client"], "limit.mtail:1:9-12", limit: 2);
        foreach (var line in lines)
        {
            ((IntDatum)hits.GetOrCreate([line], Now)).Increment(Now);
        }

        return store;
    }

    private static MetricStore Text(string[] lines)
    {
        var store = new MetricStore();
        var lastUser = Add(store, "last_user", MetricKind.Text, MetricValueType.String, [], "text.mtail:1:6-14");
        var version = Add(store, "version", MetricKind.Text, MetricValueType.String, ["host"], "text.mtail:2:6-12");
        var logins = Add(store, "logins", MetricKind.Counter, MetricValueType.Int, [], "text.mtail:3:9-14");
        foreach (var parts in lines.Select(l => l.Split(' ')))
        {
            if (parts[0] == "login")
            {
                ((StringDatum)lastUser.GetOrCreate([], Now)).Set(parts[1], Now);
                ((IntDatum)logins.GetOrCreate([], Now)).Increment(Now);
            }
            else
            {
                ((StringDatum)version.GetOrCreate([parts[1]], Now)).Set(parts[3], Now);
            }
        }

        return store;
    }

    private static MetricStore UnicodeLabels(string[] lines)
    {
        var store = new MetricStore();
        var seen = Add(store, "seen", MetricKind.Counter, MetricValueType.Int, ["v"], "esc.mtail:1:9-12");
        var raw = Add(store, "raw", MetricKind.Text, MetricValueType.String, ["k"], "esc.mtail:2:6-8");
        foreach (var line in lines)
        {
            if (line.StartsWith("v ", StringComparison.Ordinal))
            {
                ((IntDatum)seen.GetOrCreate([line[2..]], Now)).Increment(Now);
                ((StringDatum)raw.GetOrCreate([line[2..]], Now)).Set(line[2..], Now);
            }
            else
            {
                // mtail string literals only process \" : the other backslashes stay.
                foreach (var literal in new[] { @"line1\nline2", @"tab\there", @"quote""back\\slash" })
                {
                    ((IntDatum)seen.GetOrCreate([literal], Now)).Increment(Now);
                }
            }
        }

        return store;
    }

    private static MetricStore LabelConflict(string[] lines)
    {
        var store = new MetricStore();
        var a = Add(store, "shared", MetricKind.Counter, MetricValueType.Int, ["x"], "a.mtail:1:9-14");
        var b = Add(store, "shared", MetricKind.Counter, MetricValueType.Int, [], "b.mtail:1:9-14");
        foreach (var line in lines)
        {
            ((IntDatum)a.GetOrCreate([line], Now)).Increment(Now);
            ((IntDatum)b.GetOrCreate([], Now)).Increment(Now);
        }

        return store;
    }
}
