namespace LogMetrics.Runtime.Execution;

/// <summary>
/// Runs a fixed set of programs over batches of lines in two steps: <see cref="Prematch"/> matches every
/// program's top-level patterns (pure, so any thread, any part of a batch, in any order), then
/// <see cref="Run"/> executes each program on each line strictly in order, taking those matches as made.
/// A pattern several programs share (the same .NET pattern, engine and groups) is matched once per line.
/// </summary>
public sealed class BatchRunner
{
    readonly CompiledProgram[] _programs;
    readonly int[] _offsets;

    // The distinct patterns, and for each result slot of a line the distinct pattern that fills it.
    readonly LinePattern[] _distinct;
    readonly int[] _sources;

    public BatchRunner(IReadOnlyList<CompiledProgram> programs)
    {
        ArgumentNullException.ThrowIfNull(programs);
        _programs = [.. programs];
        _offsets = new int[_programs.Length];
        for (var p = 0; p < _programs.Length; p++)
        {
            _offsets[p] = Stride;
            Stride += _programs[p].Prematcher.Count;
        }

        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<LinePattern>();
        _sources = new int[Stride];
        for (var p = 0; p < _programs.Length; p++)
        {
            var patterns = _programs[p].Prematcher.Patterns;
            for (var i = 0; i < patterns.Count; i++)
            {
                if (!keys.TryGetValue(patterns[i].Key, out var source))
                {
                    source = distinct.Count;
                    distinct.Add(patterns[i]);
                    keys.Add(patterns[i].Key, source);
                }
                _sources[_offsets[p] + i] = source;
            }
        }
        _distinct = [.. distinct];
    }

    public IReadOnlyList<CompiledProgram> Programs => _programs;

    /// <summary>Prematched results per line, over all programs; 0 when no program has a top-level pattern.</summary>
    public int Stride { get; }

    /// <summary>How many patterns are matched per line: <see cref="Stride"/> less those shared between programs.</summary>
    public int DistinctPatterns => _distinct.Length;

    public LineBatch CreateBatch(int capacity) => new(capacity, Stride);

    /// <summary>Matches lines <paramref name="from"/> to <paramref name="to"/> (exclusive) of the batch ahead; thread-safe for disjoint ranges.</summary>
    public void Prematch(LineBatch batch, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var made = new PrematchResult[_distinct.Length];
        var tried = new bool[_distinct.Length];
        for (var i = from; i < to; i++)
        {
            var line = batch.LineAt(i);
            var fileName = batch.FileNameAt(i);
            var results = batch.Results.AsSpan(i * Stride, Stride);
            Array.Clear(tried);
            for (var p = 0; p < _programs.Length; p++)
            {
                var count = _programs[p].Prematcher.Count;
                if (count == 0 || !_programs[p].Accepts(fileName))
                {
                    continue;
                }
                for (var slot = _offsets[p]; slot < _offsets[p] + count; slot++)
                {
                    var source = _sources[slot];
                    if (!tried[source])
                    {
                        LinePrematcher.Run(_distinct[source], line, ref made[source]);
                        tried[source] = true;
                    }
                    results[slot] = made[source];
                }
            }
        }
    }

    /// <summary>Executes program <paramref name="program"/> (an index into <see cref="Programs"/>) on line <paramref name="line"/> of the batch.</summary>
    public void Run(int program, LineBatch batch, int line)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var compiled = _programs[program];
        var first = (line * Stride) + _offsets[program];
        if (compiled.IdleUnlessMatched && NoneMatched(batch.Results.AsSpan(first, compiled.Prematcher.Count)))
        {
            return;
        }
        compiled.ProcessLine(batch.LineAt(line), batch.FileNameAt(line), batch.Results, first);
    }

    // Every top-level pattern known to have failed on the line (one not matched ahead counts as a maybe).
    static bool NoneMatched(ReadOnlySpan<PrematchResult> results)
    {
        foreach (var result in results)
        {
            if (!result.Computed || result.Success)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Executes every program on every line of the batch, line by line.</summary>
    public void RunAll(LineBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            for (var p = 0; p < _programs.Length; p++)
            {
                Run(p, batch, i);
            }
        }
    }
}
