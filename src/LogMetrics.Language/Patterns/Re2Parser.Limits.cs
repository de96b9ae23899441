namespace LogMetrics.Language.Patterns;

/// <summary>
/// Go's parser limits (added in Go 1.19.2 against denial of service): tree height at most 1000,
/// compiled size at most 128 MiB worth of instructions, 32 Mi runes in classes. They also keep our
/// recursive emitters far from stack exhaustion.
/// </summary>
internal sealed partial class Re2Parser
{
    private const int MaxHeight = 1000;
    private const long MaxSize = (128L << 20) / 40;
    private const long MaxRunes = (128L << 20) / 4;

    private readonly Dictionary<Re2Node, int> _heights = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Re2Node, long> _sizes = new(ReferenceEqualityComparer.Instance);
    private int _nodeCount;
    private long _numRunes;
    private long _repeats = 1;
    private bool _trackSize;

    private void CheckLimits(Re2Node re)
    {
        if (_numRunes > MaxRunes)
        {
            throw new Re2SyntaxException(Re2SyntaxException.Large, _whole);
        }

        CheckSize(re);
        if (_nodeCount >= MaxHeight && Height(re, force: true) > MaxHeight)
        {
            throw new Re2SyntaxException(Re2SyntaxException.NestingDepth, _whole);
        }
    }

    private void CheckSize(Re2Node re)
    {
        if (!_trackSize)
        {
            // Cheap bound first: nodes times the product of repeat counts seen so far.
            if (re.Op == Re2Op.Repeat)
            {
                long n = re.Max == -1 ? re.Min : re.Max;
                n = Math.Max(n, 1);
                _repeats = n > MaxSize / _repeats ? MaxSize : _repeats * n;
            }

            if (_nodeCount < MaxSize / _repeats)
            {
                return;
            }

            _trackSize = true;
            foreach (var item in _stack)
            {
                CheckSize(item);
            }
        }

        if (Size(re, force: true) > MaxSize)
        {
            throw new Re2SyntaxException(Re2SyntaxException.Large, _whole);
        }
    }

    private long Size(Re2Node re, bool force)
    {
        if (!force && _sizes.TryGetValue(re, out var cached))
        {
            return cached;
        }

        long size = re.Op switch
        {
            Re2Op.Literal => re.Runes.Count,
            Re2Op.Capture or Re2Op.Star => 2 + Size(re.Subs[0], false),
            Re2Op.Plus or Re2Op.Quest => 1 + Size(re.Subs[0], false),
            Re2Op.Concat => re.Subs.Sum(s => Size(s, false)),
            Re2Op.Alternate => re.Subs.Sum(s => Size(s, false)) + Math.Max(0, re.Subs.Count - 1),
            Re2Op.Repeat => RepeatSize(re),
            _ => 0,
        };
        size = Math.Max(1, size);
        _sizes[re] = size;
        return size;
    }

    private long RepeatSize(Re2Node re)
    {
        var sub = Size(re.Subs[0], false);
        if (re.Max == -1)
        {
            return re.Min == 0 ? 2 + sub : 1 + (re.Min * sub);
        }

        return (re.Max * sub) + (re.Max - re.Min);
    }

    private int Height(Re2Node re, bool force)
    {
        if (!force && _heights.TryGetValue(re, out var cached))
        {
            return cached;
        }

        var h = 1;
        foreach (var sub in re.Subs)
        {
            h = Math.Max(h, 1 + Height(sub, false));
        }

        _heights[re] = h;
        return h;
    }
}
