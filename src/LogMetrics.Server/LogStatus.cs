namespace LogMetrics.Server;

/// <summary>One tailed log: a row of the status page's Log Tailer table.</summary>
/// <param name="Path">The log's path (or socket name) as the tailer names it.</param>
public sealed record LogStatus(string Path)
{
    /// <summary>Lines read and handed to the programs.</summary>
    public long LinesRead { get; init; }

    /// <summary>Bytes read.</summary>
    public long Bytes { get; init; }

    /// <summary>Read or open errors.</summary>
    public long Errors { get; init; }

    /// <summary>Rotations followed (a new file at the path).</summary>
    public long Rotations { get; init; }

    /// <summary>Truncations detected (copytruncate).</summary>
    public long Truncations { get; init; }

    /// <summary>Lines cut because they exceeded the maximum line length.</summary>
    public long LinesCut { get; init; }

    /// <summary>The last error's message, or null.</summary>
    public string? LastError { get; init; }
}
