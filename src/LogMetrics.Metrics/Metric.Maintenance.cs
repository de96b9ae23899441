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

    private readonly Lock _evictionLock = new();

    // Label sets held, kept up by this class's own adds and removes: ConcurrentDictionary.Count takes every
    // lock of the table (up to 1024 once it has grown), which made each new label set at `limit 10000` cost
    // 30 us. Label sets added from outside (a reload takes over the old ones) are counted when adopted.
    private int _held;
    private readonly Queue<(Datum Datum, long Stamp)> _evictionQueue = new();

    // Evicts least recently written label sets, never the one just created, until the limit holds.
    private void EvictOldest(Datum keep)
    {
        lock (_evictionLock)
        {
            while (Volatile.Read(ref _held) > Definition.Limit && NextEvictionCandidate(keep) is { } oldest)
            {
                RemoveExact(oldest);
            }
        }
    }

    // Scanning every label set for each new one made a metric at `limit 10000` take 100 us per new label set.
    // Instead the oldest eighth is sorted once and handed out in order; a candidate written again since (its
    // timestamp moved) or removed meanwhile is passed over. With timestamps that only grow, each one handed
    // out is still the oldest: everything written after the sort is newer. Null when only `keep` is left.
    private Datum? NextEvictionCandidate(Datum keep)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            while (_evictionQueue.TryDequeue(out var entry))
            {
                if (!ReferenceEquals(entry.Datum, keep) && entry.Datum.TimestampNanos == entry.Stamp)
                {
                    return entry.Datum;
                }
            }
            Volatile.Write(ref _held, _children.Count);
            if (_held <= Definition.Limit)
            {
                return null;
            }
            var byAge = _children.Values.Where(d => !ReferenceEquals(d, keep)).Select(d => (Datum: d, Stamp: d.TimestampNanos)).ToList();
            byAge.Sort(static (a, b) => a.Stamp != b.Stamp ? a.Stamp.CompareTo(b.Stamp) : a.Datum.Sequence.CompareTo(b.Datum.Sequence));
            foreach (var entry in byAge.Take(Math.Max(1, Definition.Limit / 8)))
            {
                _evictionQueue.Enqueue(entry);
            }
        }
        return null;
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

        Volatile.Write(ref _held, _children.Count);
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
        Forget(key);
        return true;
    }

    // Bookkeeping for a label set that left the dictionary.
    private void Forget(string key)
    {
        Interlocked.Decrement(ref _held);
        ReleaseBudget(key);
    }
}
