namespace LogMetrics.Go;

/// <summary>
/// The least-recently-used memo mtail's VM keeps of strptime results (groupcache's <c>lru.Cache</c>):
/// a fixed number of entries keyed by the input string alone. Not thread-safe, like the VM it serves.
/// </summary>
internal sealed class GoTimeMemo
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, GoTime Time)>> _index;
    private readonly LinkedList<(string Key, GoTime Time)> _recency = new();

    internal GoTimeMemo(int capacity)
    {
        _capacity = capacity;
        _index = new Dictionary<string, LinkedListNode<(string Key, GoTime Time)>>(capacity + 1, StringComparer.Ordinal);
    }

    internal int Count => _index.Count;

    internal bool TryGet(string key, out GoTime time)
    {
        if (_index.TryGetValue(key, out var node))
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
            time = node.Value.Time;
            return true;
        }

        time = default;
        return false;
    }

    internal void Add(string key, GoTime time)
    {
        if (_index.TryGetValue(key, out var existing))
        {
            _recency.Remove(existing);
            existing.Value = (key, time);
            _recency.AddFirst(existing);
            return;
        }

        _index[key] = _recency.AddFirst((key, time));
        if (_index.Count > _capacity)
        {
            var oldest = _recency.Last!;
            _recency.RemoveLast();
            _index.Remove(oldest.Value.Key);
        }
    }
}
