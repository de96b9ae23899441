using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace LogMetrics.Metrics;

/// <summary>One declared metric of one program and its label sets.</summary>
/// <remarks>
/// Thread-safe: the runtime writes while exporters read. Looking up an existing label set allocates nothing
/// (label sets live in a <see cref="ConcurrentDictionary{TKey,TValue}"/> keyed by <see cref="LabelKey"/>
/// and are found through a span-based alternate lookup); creating one allocates the key, the label array
/// and the datum. Keys that do not fit a 256-char stack buffer are encoded into a pooled array instead.
/// </remarks>
public sealed partial class Metric
{
    private const int StackKeyLimit = 256;

    private readonly ConcurrentDictionary<string, Datum> _children = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Datum>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private Datum? _scalar;
    private long _nextSequence;

    /// <summary>Creates the metric; scalar counters and histograms get their datum now (value 0, time 0).</summary>
    public Metric(MetricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        Layout = definition.ValueType == MetricValueType.Buckets
            ? HistogramLayout.FromBoundaries(definition.Buckets)
            : null;
        _bySpan = _children.GetAlternateLookup<ReadOnlySpan<char>>();
        if (definition.IsPreCreated)
        {
            _scalar = NewDatum([], 0);
        }
    }

    /// <summary>What was declared.</summary>
    public MetricDefinition Definition { get; }

    /// <summary>The histogram ranges, for metrics of value type Buckets; otherwise null.</summary>
    public HistogramLayout? Layout { get; }

    /// <summary>The datum of a metric without keys, or null before its first write.</summary>
    public Datum? Scalar => Volatile.Read(ref _scalar);

    /// <summary>The number of label sets (a scalar with a datum counts as one).</summary>
    public int Count => _children.Count + (Scalar is null ? 0 : 1);

    /// <summary>Returns the datum for <paramref name="labelValues"/> (one per key, in key order), creating it
    /// with value 0 / "" / empty buckets stamped <paramref name="nowNanos"/> if it does not exist.</summary>
    public Datum GetOrCreate(ReadOnlySpan<string> labelValues, long nowNanos)
    {
        CheckArity(labelValues.Length);
        switch (labelValues.Length)
        {
            case 0:
                return Scalar ?? CreateScalar(nowNanos);
            case 1:
                return _bySpan.TryGetValue(labelValues[0].AsSpan(), out var single)
                    ? single
                    : Add(labelValues[0], [labelValues[0]], nowNanos);
        }

        var length = LabelKey.GetEncodedLength(labelValues);
        char[]? rented = null;
        Span<char> buffer = length <= StackKeyLimit
            ? stackalloc char[StackKeyLimit]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var key = buffer[..LabelKey.Encode(labelValues, buffer)];
            return _bySpan.TryGetValue(key, out var found)
                ? found
                : Add(key.ToString(), [.. labelValues], nowNanos);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Finds an existing label set without creating it.</summary>
    public bool TryGet(ReadOnlySpan<string> labelValues, [NotNullWhen(true)] out Datum? datum)
    {
        CheckArity(labelValues.Length);
        switch (labelValues.Length)
        {
            case 0:
                datum = Scalar;
                return datum is not null;
            case 1:
                return _bySpan.TryGetValue(labelValues[0].AsSpan(), out datum);
        }

        var length = LabelKey.GetEncodedLength(labelValues);
        char[]? rented = null;
        Span<char> buffer = length <= StackKeyLimit
            ? stackalloc char[StackKeyLimit]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            return _bySpan.TryGetValue(buffer[..LabelKey.Encode(labelValues, buffer)], out datum);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Removes a label set (<c>del m[..]</c>); false when it did not exist. A scalar cannot be removed.</summary>
    public bool Remove(ReadOnlySpan<string> labelValues)
    {
        CheckArity(labelValues.Length);
        if (labelValues.Length == 0 || !_children.TryRemove(LabelKey.Encode(labelValues), out var removed))
        {
            return false;
        }
        Forget(LabelKey.Encode(removed.Labels.AsSpan()));
        return true;
    }

    /// <summary>A snapshot of the label sets in insertion order (the scalar, if any, is the only entry of a
    /// metric without keys).</summary>
    public IReadOnlyList<Datum> GetLabelSets()
    {
        var scalar = Scalar;
        if (Definition.Keys.IsEmpty)
        {
            return scalar is null ? [] : [scalar];
        }

        var list = new List<Datum>(_children.Count);
        foreach (var entry in _children)
        {
            list.Add(entry.Value);
        }

        list.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return list;
    }

    private Datum CreateScalar(long nowNanos)
    {
        var created = NewDatum([], nowNanos);
        return Interlocked.CompareExchange(ref _scalar, created, null) ?? created;
    }

    private Datum Add(string key, ImmutableArray<string> labels, long nowNanos)
    {
        if (!TakeBudget(key))
        {
            return Overflow(nowNanos);
        }
        var created = NewDatum(labels, nowNanos);

        // Another writer may have won the race; everyone then uses its datum.
        var datum = _children.GetOrAdd(key, created);
        if (!ReferenceEquals(datum, created))
        {
            ReleaseBudget(key);
        }
        else
        {
            Interlocked.Increment(ref _held);
        }
        if (EvictAtLimit && Definition.Limit > 0 && Volatile.Read(ref _held) > Definition.Limit)
        {
            EvictOldest(datum);
        }
        return datum;
    }

    private Datum NewDatum(ImmutableArray<string> labels, long timestampNanos)
    {
        var sequence = Interlocked.Increment(ref _nextSequence);
        return Definition.ValueType switch
        {
            MetricValueType.Int => new IntDatum(labels, timestampNanos, sequence),
            MetricValueType.Float => new FloatDatum(labels, timestampNanos, sequence),
            MetricValueType.String => new StringDatum(labels, timestampNanos, sequence),
            MetricValueType.Buckets => new HistogramDatum(Layout!, labels, timestampNanos, sequence),
            _ => throw new InvalidOperationException($"Unknown value type {Definition.ValueType}."),
        };
    }

    private void CheckArity(int count)
    {
        if (count != Definition.Keys.Length)
        {
            throw new ArgumentException(
                $"Metric {Definition.Name} has {Definition.Keys.Length} keys but {count} label values were given.");
        }
    }
}
