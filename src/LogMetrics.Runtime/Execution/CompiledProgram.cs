using System.Collections.Immutable;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// A program in executable form. <see cref="ProcessLine(string, string)"/> runs it on one line; it never throws for
/// a program's mistakes: a runtime error ends that line for this program, is counted, and kept as
/// the last error. One line at a time (each program has its own line registers).
/// </summary>
public sealed class CompiledProgram
{
    readonly ProgramAction _root;
    readonly LineContext _context;
    readonly FrozenFilter _filter;
    long _runtimeErrors;

    internal CompiledProgram(string name, ProgramAction root, int patternCount, ImmutableArray<string> logFilter, TimeProvider clock, LinePrematcher prematcher)
    {
        Name = name;
        Prematcher = prematcher;
        _root = root;
        _context = new LineContext(patternCount, clock);
        LogFilter = logFilter;
        _filter = new FrozenFilter(logFilter);
    }

    /// <summary>The executable form described in words (mtail's -dump_bytecode).</summary>
    public string Description { get; init; } = "";

    /// <summary>The program's name: its file's base name.</summary>
    public string Name { get; }

    /// <summary>The logs named by <c>log_filter</c>; empty means every log.</summary>
    public ImmutableArray<string> LogFilter { get; }

    public long RuntimeErrors => Interlocked.Read(ref _runtimeErrors);

    /// <summary>The last runtime error's message, for the status page.</summary>
    public string? LastRuntimeError { get; private set; }

    /// <summary>Raised for each runtime error, with the program, the message and the line.</summary>
    public event Action<CompiledProgram, string, string>? RuntimeError;

    /// <summary>The patterns this program matches on every line, which callers may match ahead, in parallel.</summary>
    public LinePrematcher Prematcher { get; }

    /// <summary>
    /// True when a line on which every <see cref="Prematcher"/> pattern fails leaves the program with nothing
    /// to do, so a caller holding those results may skip it (most lines, for most programs).
    /// </summary>
    public bool IdleUnlessMatched { get; init; }

    /// <summary>False when the program's <c>log_filter</c> leaves out <paramref name="fileName"/>'s lines.</summary>
    public bool Accepts(string fileName) => _filter.Accepts(fileName);

    /// <summary>Runs the program on one line from <paramref name="fileName"/>.</summary>
    public void ProcessLine(string line, string fileName) => ProcessLine(line, fileName, null, 0);

    /// <summary>
    /// Runs the program on one line whose <see cref="Prematcher"/> results are at
    /// <c>prematch[prematchBase..]</c> (null: none computed).
    /// </summary>
    internal void ProcessLine(string line, string fileName, PrematchResult[]? prematch, int prematchBase)
    {
        if (!_filter.Accepts(fileName))
        {
            return;
        }
        _context.Reset(line, fileName, prematch, prematchBase);
        _root.Execute(_context);
        if (_context.Error is { } error)
        {
            Interlocked.Increment(ref _runtimeErrors);
            LastRuntimeError = error;
            RuntimeError?.Invoke(this, error, line);
        }
    }

    sealed class FrozenFilter(ImmutableArray<string> paths)
    {
        readonly HashSet<string>? _paths = paths.IsEmpty ? null : new HashSet<string>(paths, StringComparer.Ordinal);

        public bool Accepts(string fileName) => _paths is null || _paths.Contains(fileName);
    }
}
