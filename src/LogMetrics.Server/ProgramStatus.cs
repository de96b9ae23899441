namespace LogMetrics.Server;

/// <summary>One program as the loader sees it: the rows of the status page's Program Loader table and the
/// body of <c>/progz?prog=NAME</c>.</summary>
/// <param name="Name">The program's file name, e.g. <c>apache.mtail</c>.</param>
public sealed record ProgramStatus(string Name)
{
    /// <summary>True when a compiled version is running; <c>/progz</c> lists only these.</summary>
    public bool Loaded { get; init; }

    /// <summary>The last compile's error text (mtail's <c>compile failed for …</c> block), or null when it compiled.</summary>
    public string? CompileErrors { get; init; }

    /// <summary>Successful loads (mtail's <c>prog_loads_total</c>).</summary>
    public long Loads { get; init; }

    /// <summary>Failed loads (mtail's <c>prog_load_errors_total</c>).</summary>
    public long LoadErrors { get; init; }

    /// <summary>Unloads after the file disappeared (mtail's <c>prog_unloads_total</c>).</summary>
    public long Unloads { get; init; }

    /// <summary>Runtime errors so far (mtail's <c>prog_runtime_errors_total</c>).</summary>
    public long RuntimeErrors { get; init; }

    /// <summary>The last runtime error's message, or null.</summary>
    public string? LastRuntimeError { get; init; }

    /// <summary>The executable form in words (the runtime's <c>CompiledProgram.Description</c>), shown by
    /// <c>/progz?prog=NAME</c> as mtail shows its bytecode.</summary>
    public string Description { get; init; } = string.Empty;
}
