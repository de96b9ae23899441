namespace LogMetrics.Server;

/// <summary>The checkpoints of <c>-state_dir</c>, for the status page.</summary>
/// <param name="Directory">The state directory.</param>
public sealed record CheckpointStatus(string Directory)
{
    /// <summary>What was restored at start-up, in words; null when nothing was.</summary>
    public string? Restored { get; init; }

    /// <summary>Why the checkpoint found at start-up was ignored (corrupt, unreadable); null when it was not.</summary>
    public string? RestoreError { get; init; }

    public long Written { get; init; }

    public DateTimeOffset? LastWritten { get; init; }

    public long WriteErrors { get; init; }

    public string? LastWriteError { get; init; }
}
