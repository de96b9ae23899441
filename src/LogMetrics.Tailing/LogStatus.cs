namespace LogMetrics.Tailing;

/// <summary>One log's counters, as the status page and the self metrics show them.</summary>
public sealed record LogStatus
{
    /// <summary>The log's name, as in <see cref="LogLine.FileName"/>.</summary>
    public required string Path { get; init; }

    /// <summary>Whether the log is open now (a file being read, a socket listening).</summary>
    public bool IsOpen { get; init; }

    public long LinesRead { get; init; }

    public long BytesRead { get; init; }

    /// <summary>Files opened under this path (or connections accepted on a stream socket).</summary>
    public long Opens { get; init; }

    public long Closes { get; init; }

    /// <summary>Times the path came to name another file (rename + create, symbolic link moved, deleted and recreated).</summary>
    public long Rotations { get; init; }

    /// <summary>Times the file got shorter than what had been read (copytruncate, <c>: &gt; file</c>).</summary>
    public long Truncations { get; init; }

    /// <summary>Lines longer than <see cref="TailerOptions.MaxLineBytes"/>, handed on cut.</summary>
    public long LinesCut { get; init; }

    /// <summary>Stream connections refused or closed at <see cref="TailerOptions.MaxStreamConnections"/> or <see cref="TailerOptions.StreamBufferBytes"/>.</summary>
    public long ConnectionsRefused { get; init; }

    /// <summary>Failed attempts to open, read or listen (each retry counts).</summary>
    public long Errors { get; init; }

    public string? LastError { get; init; }
}
