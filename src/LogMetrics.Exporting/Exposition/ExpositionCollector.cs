using LogMetrics.Go;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Exposition;

/// <summary>Turns the store into Prometheus families, applying the checks client_golang makes for mtail:
/// invalid names are dropped with a warning; inconsistent or duplicate series fail the whole output.</summary>
internal sealed class ExpositionCollector(PrometheusWriterOptions options)
{
    private readonly Dictionary<string, ExpositionFamily> _families = new(StringComparer.Ordinal);

    public List<string> Warnings { get; } = [];

    /// <summary>Collects every exportable series; returns the error that fails the output, or null.</summary>
    public string? Collect(MetricStore store)
    {
        foreach (var family in store.GetFamilies())
        {
            // mtail's HELP names the first program of this name that has a series.
            string? help = null;
            foreach (var metric in family.Metrics)
            {
                // Text metrics have no Prometheus form.
                if (metric.Definition.Kind == MetricKind.Text)
                {
                    continue;
                }

                var labelSets = metric.GetLabelSets();
                if (labelSets.Count == 0)
                {
                    continue;
                }

                help ??= "defined at " + metric.Definition.Source;
                var error = Add(metric, help, labelSets);
                if (error is not null)
                {
                    return error;
                }
            }
        }

        return null;
    }

    /// <summary>The families sorted by name, each with its series sorted.</summary>
    public List<ExpositionFamily> Sorted()
    {
        var sorted = _families.Values.ToList();
        sorted.Sort(static (a, b) => GoStringComparer.Instance.Compare(a.Name, b.Name));
        foreach (var family in sorted)
        {
            family.Series.Sort(ExpositionSeries.Compare);
        }

        return sorted;
    }

    private string? Add(Metric metric, string help, IReadOnlyList<Datum> labelSets)
    {
        var definition = metric.Definition;
        var name = PrometheusNames.Sanitize(definition.Name);
        var labelNames = new List<string>(definition.Keys.Length + 1);
        if (options.EmitProgLabel)
        {
            labelNames.Add("prog");
        }

        labelNames.AddRange(definition.Keys);
        if (Rejected(name, labelNames) is { } warning)
        {
            Warnings.Add(warning);
            return null;
        }

        var exposition = new ExpositionMetric(metric, options.EmitProgLabel);
        var sortedNames = exposition.SortedNames;
        if (!_families.TryGetValue(name, out var family))
        {
            family = new ExpositionFamily(name, help, definition.Kind, sortedNames);
            _families.Add(name, family);
        }
        else if (family.Kind != definition.Kind)
        {
            return $"collected metric \"{name}\" is {definition.Kind} but should be {family.Kind}";
        }
        else if (options.RejectInconsistentLabelNames
            && (family.Help != help || !family.SortedLabelNames.SequenceEqual(sortedNames)))
        {
            return "descriptors reported by collector have inconsistent label names or help strings for the same "
                + $"fully-qualified name, offender is Desc{{fqName: \"{name}\", help: \"{help}\", constLabels: {{}}, "
                + $"variableLabels: [{string.Join(' ', labelNames)}]}}";
        }

        foreach (var datum in labelSets)
        {
            var series = new ExpositionSeries(exposition, datum);
            if (series.IllFormedLabel() is { } bad)
            {
                return $"collected metric \"{name}\" {{{series.Signature()}}} has a label named \"{bad}\" whose value is not utf8";
            }

            if (!family.TryAdd(series))
            {
                return $"collected metric \"{name}\" {{{series.Signature()}}} was collected before with the same name and label values";
            }
        }

        return null;
    }

    // client_golang's descriptor checks, in its order: metric name, then each label name, then duplicates.
    private static string? Rejected(string name, List<string> labelNames)
    {
        if (!PrometheusNames.IsValidMetricName(name))
        {
            return $"\"{name}\" is not a valid metric name";
        }

        foreach (var label in labelNames)
        {
            if (!PrometheusNames.IsValidLabelName(label))
            {
                return $"\"{label}\" is not a valid label name for metric \"{name}\"";
            }
        }

        return labelNames.Distinct(StringComparer.Ordinal).Count() != labelNames.Count
            ? $"duplicate label names in constant and variable labels for metric \"{name}\""
            : null;
    }
}
