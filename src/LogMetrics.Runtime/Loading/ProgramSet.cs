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
/// declarations did not change keep their values. Thread-safe: readers take <see cref="Programs"/>,
/// an immutable snapshot that a reload swaps in one step.
/// </summary>
public sealed class ProgramSet(string progs, MetricStore store, CompilerOptions compilerOptions, RuntimeOptions runtimeOptions)
{
    readonly Lock _reloadLock = new();
    readonly Dictionary<string, (byte[] Hash, ProgramState State)> _files = new(StringComparer.Ordinal);
    ImmutableArray<CompiledProgram> _programs = [];
    ImmutableArray<ProgramState> _states = [];

    /// <summary>The programs running now.</summary>
    public ImmutableArray<CompiledProgram> Programs => _programs;

    /// <summary>Every program file seen, loaded or not.</summary>
    public ImmutableArray<ProgramState> States => _states;

    /// <summary>Raised after each attempt to load a program: its name and whether it loaded.</summary>
    public event Action<string, bool>? Loaded;

    /// <summary>Raised after a program is created, so the host can attach to its events.</summary>
    public event Action<CompiledProgram>? ProgramCreated;

    /// <summary>Loads new and changed programs and unloads deleted ones. Returns false when any failed.</summary>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            var files = ProgramFiles.Find(progs) ?? [];
            var ok = true;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                seen.Add(name);
                ok &= LoadIfChanged(file, name);
            }
            foreach (var gone in _files.Keys.Where(n => !seen.Contains(n)).ToList())
            {
                store.TryReplaceProgram(gone, [], out _);
                _files.Remove(gone);
            }
            Publish();
            return ok;
        }
    }

    bool LoadIfChanged(string file, string name)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Record(name, null, null, $"{file}: {e.Message}");
        }
        var hash = SHA256.HashData(bytes);
        if (_files.TryGetValue(name, out var known) && known.Hash.AsSpan().SequenceEqual(hash))
        {
            return known.State.Program is not null;
        }
        var source = SourceText.From(name, bytes);
        var result = MtailCompiler.Compile(source, compilerOptions);
        if (result.Program is not { } program)
        {
            return Record(name, hash, null, string.Join('\n', result.Diagnostics));
        }
        var metrics = ProgramLoader.CreateMetrics(program, runtimeOptions, out var exported);
        if (!store.TryReplaceProgram(name, exported, out var storeError))
        {
            return Record(name, hash, null, storeError);
        }
        var compiled = Lowering.Lower(program, metrics, runtimeOptions);
        ProgramCreated?.Invoke(compiled);
        return Record(name, hash, compiled, null);
    }

    // A failed load keeps the previous version running (and its hash, so a fixed file reloads).
    bool Record(string name, byte[]? hash, CompiledProgram? program, string? errors)
    {
        var previous = _files.GetValueOrDefault(name).State;
        var state = new ProgramState(
            name,
            program ?? previous?.Program,
            errors,
            (previous?.Loads ?? 0) + (program is null ? 0 : 1),
            (previous?.LoadErrors ?? 0) + (program is null ? 1 : 0));
        _files[name] = (hash ?? [], state);
        Loaded?.Invoke(name, program is not null);
        return program is not null;
    }

    void Publish()
    {
        var states = _files.Values.Select(f => f.State).OrderBy(s => s.Name, StringComparer.Ordinal).ToImmutableArray();
        _states = states;
        _programs = [.. states.Select(s => s.Program).OfType<CompiledProgram>()];
    }
}
