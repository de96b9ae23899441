using System.Collections.Immutable;
using System.Security.Cryptography;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Loading;

/// <summary>The state of one program file, for the status page and self-metrics.</summary>
public sealed record ProgramState(
    string Name,
    CompiledProgram? Program,
    string? Errors,
    long Loads,
    long LoadErrors);

/// <summary>
/// The daemon's programs: loads every program of <c>-progs</c> and reloads on request. An unchanged
/// file is skipped (by content hash); a file that no longer compiles keeps its previous version
/// running and reports its errors; a deleted file is unloaded with its metrics; metrics whose
/// declarations did not change keep their values, and metrics a new version no longer declares stay
/// with theirs (as in mtail). Thread-safe: readers take <see cref="Programs"/>, an immutable snapshot
/// that a reload swaps in one step.
/// </summary>
public sealed class ProgramSet(string progs, MetricStore store, CompilerOptions compilerOptions, RuntimeOptions runtimeOptions)
{
    readonly Lock _reloadLock = new();
    readonly Dictionary<string, (byte[] Hash, ProgramState State)> _files = new(StringComparer.Ordinal);
    readonly Dictionary<string, byte[]> _unsettled = new(StringComparer.Ordinal);
    ImmutableArray<CompiledProgram> _programs = [];
    ImmutableArray<ProgramState> _states = [];

    /// <summary>The programs running now.</summary>
    public ImmutableArray<CompiledProgram> Programs => _programs;

    /// <summary>Every program file seen, loaded or not.</summary>
    public ImmutableArray<ProgramState> States => _states;

    /// <summary>
    /// Runs the swap at the end of a reload (the store's metrics and the program list) where no line is being
    /// run. The daemon passes its dispatch gate: lines the old version has already taken are run, and their new
    /// label sets written, before those label sets move to the new version. Compiling happens outside it.
    /// </summary>
    public Action<Action> CommitBetweenLines { get; init; } = static commit => commit();

    /// <summary>Raised after each attempt to load a program: its name and whether it loaded.</summary>
    public event Action<string, bool>? Loaded;

    /// <summary>Raised after a program is created, before it runs a line, so the host can attach to its events.</summary>
    public event Action<CompiledProgram>? ProgramCreated;

    /// <summary>Raised when a new version of a program no longer declares metrics the old one exported (which stay).</summary>
    public event Action<string, IReadOnlyList<string>>? DeclarationsDropped;

    /// <summary>
    /// Loads new and changed programs and unloads deleted ones. Returns false when any failed. With
    /// <paramref name="waitUntilSettled"/> (the periodic check) a new or changed file is loaded only once two
    /// checks in a row found the same content, so a file an editor or a copy is still writing is not loaded
    /// half written.
    /// </summary>
    public bool Reload(bool waitUntilSettled = false)
    {
        lock (_reloadLock)
        {
            var files = ProgramFiles.Find(progs) ?? [];
            var ok = true;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var loads = new List<Candidate>();
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                seen.Add(name);
                ok &= Prepare(file, name, waitUntilSettled, loads);
            }
            var gone = _files.Keys.Where(n => !seen.Contains(n)).ToList();
            foreach (var name in _unsettled.Keys.Where(n => !seen.Contains(n)).ToList())
            {
                _unsettled.Remove(name);
            }
            if (loads.Count == 0 && gone.Count == 0)
            {
                Publish(); // the errors of files that failed to load
                return ok;
            }
            CommitBetweenLines(() =>
            {
                foreach (var load in loads)
                {
                    load.Commit(store);
                    Record(load.Name, load.Hash, load.StoreError is null ? load.Program : null, load.StoreError);
                }
                foreach (var name in gone)
                {
                    store.RemoveProgram(name);
                    _files.Remove(name);
                }
                Publish();
            });
            foreach (var load in loads)
            {
                var loaded = load.StoreError is null;
                ok &= loaded;
                Loaded?.Invoke(load.Name, loaded);
                if (loaded && load.Undeclared.Count > 0)
                {
                    DeclarationsDropped?.Invoke(load.Name, load.Undeclared);
                }
            }
            return ok;
        }
    }

    // Compiles a new or changed file into a candidate for the commit; false when it does not compile.
    bool Prepare(string file, string name, bool waitUntilSettled, List<Candidate> loads)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Report(name, null, $"{file}: {e.Message}");
        }
        var hash = SHA256.HashData(bytes);
        if (_files.TryGetValue(name, out var known) && known.Hash.AsSpan().SequenceEqual(hash))
        {
            _unsettled.Remove(name);
            return known.State.Program is not null;
        }
        if (waitUntilSettled && !(_unsettled.TryGetValue(name, out var before) && before.AsSpan().SequenceEqual(hash)))
        {
            // Changed since the last look: maybe still being written. Loaded if the next check finds the same.
            _unsettled[name] = hash;
            return known.State?.Program is not null || known.State is null;
        }
        _unsettled.Remove(name);
        var source = SourceText.From(name, bytes);
        var result = MtailCompiler.Compile(source, compilerOptions);
        if (result.Program is not { } program)
        {
            return Report(name, hash, string.Join('\n', result.Diagnostics));
        }
        var metrics = ProgramLoader.CreateMetrics(program, runtimeOptions, out var exported);
        var compiled = Lowering.Lower(program, metrics, runtimeOptions);
        ProgramCreated?.Invoke(compiled);
        loads.Add(new Candidate(name, hash, compiled, exported));
        return true;
    }

    // A load that failed before the commit: recorded at once (it changes nothing that lines see).
    bool Report(string name, byte[]? hash, string errors)
    {
        _unsettled.Remove(name);
        Record(name, hash, null, errors);
        Loaded?.Invoke(name, false);
        return false;
    }

    // A failed load keeps the previous version running (and its hash, so a fixed file reloads).
    void Record(string name, byte[]? hash, CompiledProgram? program, string? errors)
    {
        var previous = _files.GetValueOrDefault(name).State;
        var state = new ProgramState(
            name,
            program ?? previous?.Program,
            errors,
            (previous?.Loads ?? 0) + (program is null ? 0 : 1),
            (previous?.LoadErrors ?? 0) + (program is null ? 1 : 0));
        _files[name] = (hash ?? [], state);
    }

    void Publish()
    {
        var states = _files.Values.Select(f => f.State).OrderBy(s => s.Name, StringComparer.Ordinal).ToImmutableArray();
        _states = states;
        _programs = [.. states.Select(s => s.Program).OfType<CompiledProgram>()];
    }

    // A compiled program waiting for the commit, and what the store said to it.
    sealed class Candidate(string name, byte[] hash, CompiledProgram program, List<Metric> exported)
    {
        public string Name => name;

        public byte[] Hash => hash;

        public CompiledProgram Program => program;

        public string? StoreError { get; private set; }

        public IReadOnlyList<string> Undeclared { get; private set; } = [];

        public void Commit(MetricStore store)
        {
            if (store.TryReplaceProgram(name, exported, out var undeclared, out var error))
            {
                Undeclared = undeclared;
            }
            else
            {
                StoreError = error;
            }
        }
    }
}
