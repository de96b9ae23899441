using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Exposition;

/// <summary>
/// How one store metric's series are labelled in the exposition, worked out once per metric rather than per
/// series: the label names in client_golang's (sorted) order, and where each one's value comes from.
/// </summary>
internal sealed class ExpositionMetric
{
    // For each sorted label: the index into the datum's label values, or -1 for the prog label.
    private readonly int[] _sources;

    public ExpositionMetric(Metric metric, bool emitProgLabel)
    {
        Program = metric.Definition.Program;
        var keys = metric.Definition.Keys;
        var names = new List<(string Name, int Source)>(keys.Length + 1);
        if (emitProgLabel)
        {
            names.Add(("prog", -1));
        }

        for (var i = 0; i < keys.Length; i++)
        {
            names.Add((keys[i], i));
        }

        names.Sort(static (a, b) => GoStringComparer.Instance.Compare(a.Name, b.Name));
        SortedNames = [.. names.Select(n => n.Name)];
        _sources = [.. names.Select(n => n.Source)];
    }

    public string Program { get; }

    /// <summary>The label names, sorted as client_golang sorts them.</summary>
    public string[] SortedNames { get; }

    public int LabelCount => _sources.Length;

    /// <summary>The value of the <paramref name="sorted"/>th label (in <see cref="SortedNames"/> order) of a datum.</summary>
    public string ValueAt(int sorted, Datum datum)
    {
        var source = _sources[sorted];
        return source < 0 ? Program : datum.Labels[source];
    }
}
