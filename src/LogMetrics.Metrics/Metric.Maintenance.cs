namespace LogMetrics.Metrics;

/// <summary>Store-side operations: garbage collection and carrying data over a program reload.</summary>
public sealed partial class Metric
{
    /// <summary>
    /// When set, <c>limit N</c> is enforced as each label set is created, by evicting the oldest (mtail
    /// 3.3's rule); otherwise only <see cref="CollectGarbage"/> enforces it (rc50's rule, and one-shot mode's,
    /// where no garbage collection runs).
    /// </summary>
    public bool EvictAtLimit { get; set; }

    // Evicts least recently written label sets, never the one just created, until the limit holds.
    private void EvictOldest(Datum keep)
    {
        while (_children.Count > Definition.Limit)
        {
            Datum? oldest = null;
            foreach (var datum in _children.Values)
            {
                if (!ReferenceEquals(datum, keep) && (oldest is null || datum.TimestampNanos < oldest.TimestampNanos
                    || (datum.TimestampNanos == oldest.TimestampNanos && datum.Sequence < oldest.Sequence)))
                {
                    oldest = datum;
                }
            }
            if (oldest is null || !RemoveExact(oldest))
            {
                return;
            }
        }
    }

    /// <summary>Removes the oldest label sets (by last write) until at most <c>Limit</c> remain, then those
    /// whose expiry has passed (<c>now - TimestampNanos &gt; ExpiryNanos</c>). Returns how many were removed.</summary>
    internal int CollectGarbage(long nowNanos)
    {
        if (Definition.Keys.IsEmpty)
        {
            return 0;
        }

        var removed = 0;
        var limit = Definition.Limit;
        if (limit > 0 && _children.Count > limit)
        {
            var byAge = new List<Datum>(GetLabelSets());

            // Oldest write first; ties keep insertion order (List.Sort is unstable, so compare both).
            byAge.Sort(static (a, b) => a.TimestampNanos != b.TimestampNanos
                ? a.TimestampNanos.CompareTo(b.TimestampNanos)
                : a.Sequence.CompareTo(b.Sequence));
            for (var i = 0; i < byAge.Count && _children.Count > limit; i++)
            {
                removed += RemoveExact(byAge[i]) ? 1 : 0;
            }
        }

        foreach (var datum in GetLabelSets())
        {
            var expiry = datum.ExpiryNanos;
            if (expiry > 0 && nowNanos - datum.TimestampNanos > expiry)
            {
                removed += RemoveExact(datum) ? 1 : 0;
            }
        }

        return removed;
    }

    /// <summary>Takes over the label sets of <paramref name="previous"/> (the same datum objects, so a
    /// writer still holding them keeps updating what is exported).</summary>
    internal void AdoptLabelSets(Metric previous)
    {
        if (previous.Scalar is { } scalar)
        {
            Volatile.Write(ref _scalar, scalar);
        }

        foreach (var entry in previous._children)
        {
            _children[entry.Key] = entry.Value;
        }

        AdoptOverflowCount(previous);

        // New label sets must sort after the adopted ones.
        var highest = Interlocked.Read(ref previous._nextSequence);
        if (highest > Interlocked.Read(ref _nextSequence))
        {
            Interlocked.Exchange(ref _nextSequence, highest);
        }
    }

    // Removes this datum only, not a newer one created under the same labels meanwhile.
    private bool RemoveExact(Datum datum)
    {
        var key = LabelKey.Encode(datum.Labels.AsSpan());
        if (!_children.TryRemove(new KeyValuePair<string, Datum>(key, datum)))
        {
            return false;
        }
        ReleaseBudget(key);
        return true;
    }
}
