using LogMetrics.Go;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace LogMetrics.Metrics;

/// <summary>Every exported metric of every program, by exported name (mtail's <c>metrics.Store</c>).</summary>
/// <remarks>
/// Adding is rare (program load) and takes a lock; readers get immutable snapshots and never block writers.
/// Hidden metrics must not be added: mtail keeps them out of the store.
/// </remarks>
public sealed class MetricStore
{
    private readonly Lock _lock = new();
    private ImmutableDictionary<string, ImmutableArray<Metric>> _byName =
        ImmutableDictionary.Create<string, ImmutableArray<Metric>>(StringComparer.Ordinal);
    private readonly SeriesBudget? _budget;

    /// <summary>The cap on label sets in the whole store (<c>-max_series</c>); 0, the default, means none.
    /// Past it, a write to a new label set goes to its metric's overflow series (every label
    /// <see cref="Metric.OverflowLabel"/>) and is counted in <see cref="Metric.OverflowWrites"/>.</summary>
    public long MaxSeries
    {
        get => _budget?.Cap ?? 0;
        init => _budget = value > 0 ? new SeriesBudget(value) : null;
    }

    /// <summary>Label sets counted against <see cref="MaxSeries"/> now (0 without a cap).</summary>
    public long SeriesUsed => _budget?.Used ?? 0;

    /// <summary>Adds <paramref name="metric"/>, or explains in <paramref name="error"/> why it cannot be.</summary>
    /// <remarks>
    /// A name already exported with another kind is rejected with rc50's text
    /// (<c>Metric shared has different kind Gauge to existing Counter.</c>). A metric of the same program with
    /// the same value type and source replaces the old one (a reload); when the keys and buckets are unchanged
    /// the new metric takes over the old label sets, as mtail does.
    /// </remarks>
    public bool TryAdd(Metric metric, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var definition = metric.Definition;
        lock (_lock)
        {
            var existing = _byName.GetValueOrDefault(definition.Name, []);
            if (!existing.IsEmpty && existing[0].Definition.Kind != definition.Kind)
            {
                error = $"Metric {definition.Name} has different kind {definition.Kind} to existing {existing[0].Definition.Kind}.";
                return false;
            }

            var kept = existing.RemoveAll(old => IsReloadOf(old.Definition, definition, out _));
            foreach (var old in existing)
            {
                if (IsReloadOf(old.Definition, definition, out var compatible) && compatible && !ReferenceEquals(old, metric))
                {
                    metric.AdoptLabelSets(old);
                }
            }

            Volatile.Write(ref _byName, _byName.SetItem(definition.Name, kept.Add(metric)));
            RecountSeries(metric);
        }

        error = null;
        return true;
    }

    /// <summary>Adds <paramref name="metric"/>; throws <see cref="MetricStoreException"/> on a kind conflict.</summary>
    public void Add(Metric metric)
    {
        if (!TryAdd(metric, out var error))
        {
            throw new MetricStoreException(error);
        }
    }

    /// <summary>Creates a metric for <paramref name="definition"/>, adds it and returns it.</summary>
    public Metric Add(MetricDefinition definition)
    {
        var metric = new Metric(definition);
        Add(metric);
        return metric;
    }

    /// <summary>
    /// Swaps in a reloaded version of <paramref name="program"/> in one step. A new metric with the same name, kind,
    /// value type, keys and buckets as one the program had takes over its label sets, wherever the declaration moved
    /// to — unlike mtail, whose reload then exports the metric twice and fails every scrape. A metric of the old
    /// version whose name the new one does not declare stays, with its values (as in mtail: a program emptied by an
    /// editor and then restored keeps its counts); it is listed in <paramref name="undeclared"/> so the caller can
    /// say so, and goes with <see cref="RemoveProgram"/>. On a kind conflict with another program nothing changes.
    /// </summary>
    public bool TryReplaceProgram(string program, IReadOnlyList<Metric> metrics, out IReadOnlyList<string> undeclared,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        lock (_lock)
        {
            var current = _byName;
            var declared = metrics.Select(m => m.Definition.Name).ToHashSet(StringComparer.Ordinal);
            var previous = current.Values.SelectMany(m => m).Where(m => m.Definition.Program == program).ToList();
            undeclared = [.. previous.Select(m => m.Definition.Name).Where(n => !declared.Contains(n)).Distinct(StringComparer.Ordinal)];
            var replaced = previous.Where(m => declared.Contains(m.Definition.Name)).ToList();
            var next = Without(current, replaced);
            foreach (var metric in metrics)
            {
                var d = metric.Definition;
                var others = next.GetValueOrDefault(d.Name, []);
                if (!others.IsEmpty && others[0].Definition.Kind != d.Kind)
                {
                    error = $"Metric {d.Name} has different kind {d.Kind} to existing {others[0].Definition.Kind}.";
                    return false;
                }
                next = next.SetItem(d.Name, others.Add(metric));
            }
            foreach (var metric in metrics)
            {
                var d = metric.Definition;
                if (replaced.FirstOrDefault(old => old.Definition.Name == d.Name && old.Definition.Kind == d.Kind
                    && old.Definition.ValueType == d.ValueType && old.Definition.Keys.SequenceEqual(d.Keys)
                    && old.Definition.Buckets.SequenceEqual(d.Buckets)) is { } same)
                {
                    metric.AdoptLabelSets(same);
                }
            }
            Volatile.Write(ref _byName, next);
            RecountSeries([.. metrics]);
        }
        error = null;
        return true;
    }

    /// <summary>Removes every metric of <paramref name="program"/> (its file was deleted).</summary>
    public void RemoveProgram(string program)
    {
        lock (_lock)
        {
            var current = _byName;
            Volatile.Write(ref _byName, Without(current, [.. current.Values.SelectMany(m => m).Where(m => m.Definition.Program == program)]));
            RecountSeries();
        }
    }

    static ImmutableDictionary<string, ImmutableArray<Metric>> Without(ImmutableDictionary<string, ImmutableArray<Metric>> byName, List<Metric> metrics)
    {
        foreach (var old in metrics)
        {
            var rest = byName[old.Definition.Name].Remove(old);
            byName = rest.IsEmpty ? byName.Remove(old.Definition.Name) : byName.SetItem(old.Definition.Name, rest);
        }
        return byName;
    }

    /// <summary>The metrics exported under <paramref name="name"/> (one per program); empty when none.</summary>
    public ImmutableArray<Metric> GetMetrics(string name) =>
        Volatile.Read(ref _byName).GetValueOrDefault(name, []);

    /// <summary>A snapshot of the store, families sorted by name in Go's byte order (UTF-8 code units),
    /// metrics in the order they were added.</summary>
    public IReadOnlyList<MetricFamily> GetFamilies()
    {
        var families = new List<MetricFamily>();
        foreach (var (name, metrics) in Volatile.Read(ref _byName))
        {
            families.Add(new MetricFamily(name, metrics));
        }

        families.Sort(static (a, b) => GoStringComparer.Instance.Compare(a.Name, b.Name));
        return families;
    }

    /// <summary>Runs mtail's garbage collection once: <c>limit</c> trimming, then <c>del … after</c> expiry.
    /// Returns the number of label sets removed.</summary>
    public int CollectGarbage(long nowNanos)
    {
        var removed = 0;
        foreach (var metrics in Volatile.Read(ref _byName).Values)
        {
            foreach (var metric in metrics)
            {
                removed += metric.CollectGarbage(nowNanos);
            }
        }

        return removed;
    }

    // Hands the cap to newly added metrics and recounts it: a reload's metrics adopt label sets already counted.
    private void RecountSeries(params ReadOnlySpan<Metric> added)
    {
        if (_budget is null)
        {
            return;
        }
        foreach (var metric in added)
        {
            metric.Budget = _budget;
        }
        _budget.Reset(_byName.Values.Sum(metrics => metrics.Sum(m => (long)m.BudgetedCount)));
    }

    // mtail's duplicate test on Add: same program, value type and declaration position.
    private static bool IsReloadOf(MetricDefinition old, MetricDefinition added, out bool compatible)
    {
        var same = old.Program == added.Program && old.ValueType == added.ValueType && old.Source == added.Source;
        compatible = same && old.Keys.SequenceEqual(added.Keys) && old.Buckets.SequenceEqual(added.Buckets);
        return same;
    }
}
