namespace LogMetrics.Tailing;

/// <summary>What the daemon's <see cref="Tailer"/> follows, and how often it looks.</summary>
public sealed record TailerOptions
{
    /// <summary>
    /// The <c>-logs</c> values, already split at commas: paths and Go globs (relative ones are
    /// made absolute against the current directory once, at construction), <c>file://path</c>,
    /// <c>-</c> or <c>/dev/stdin</c> for standard input, and <c>unix://path</c>,
    /// <c>unixgram://path</c>, <c>tcp://host:port</c>, <c>udp://host:port</c> to listen on.
    /// </summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary><c>-ignore_filename_regex_pattern</c>: files whose base name matches are not tailed (.NET regex syntax).</summary>
    public string? IgnoreFilenameRegex { get; init; }

    /// <summary><c>-poll_interval</c>: how often known logs are read to their end; zero means 250 ms, as in mtail.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary><c>-poll_log_interval</c>: how often patterns are expanded again to find new logs; zero means 250 ms, as in mtail.</summary>
    public TimeSpan PollLogInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Longest line handed on whole, in bytes. A longer line is cut there, the rest of it up to its
    /// newline skipped, and counted in <see cref="LogStatus.LinesCut"/>. mtail has no limit.
    /// </summary>
    public int MaxLineBytes { get; init; } = 1 << 20;

    /// <summary>
    /// Files that appear after start-up (and files that come back after a rotation or deletion)
    /// are read from their start. mtail reads files found after start-up from their end and so
    /// loses what was written before the next pattern poll. Files present at start-up are read
    /// from their end either way.
    /// </summary>
    public bool ReadFromStartForNewFiles { get; init; } = true;

    /// <summary>
    /// How long a file is still read after its path stops naming it (renamed, deleted, or a
    /// symbolic link moved): a program usually writes to the old file until it is told to reopen,
    /// and those lines would otherwise be lost. The file is closed, and its partial last line
    /// handed on, once nothing was appended to it for this long. Zero gives mtail's behaviour:
    /// read to the end once and close.
    /// </summary>
    public TimeSpan RotationGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Where <c>-logs -</c> reads from; the process's standard input unless a test injects a stream.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// <c>-passthrough</c>: where every byte read from standard input is also written, unchanged and
    /// in order (the process's standard output, so a pipe through logmetrics needs no <c>tee</c>).
    /// Null copies nothing. A write that fails (a closed pipe) stops the copy, not the reading.
    /// </summary>
    public Stream? Passthrough { get; init; }

    /// <summary>
    /// Checkpointing (<c>-state_dir</c>): every line of a file carries its <see cref="LogCursor"/>
    /// and end offset, <see cref="Tailer.Checkpoint"/> lists the cursors, and at shutdown the
    /// partial last line of a file is kept in the file rather than handed on: the checkpoint
    /// resumes at its start, so it is read whole once its newline is written.
    /// </summary>
    public bool TrackPositions { get; init; }

    /// <summary>A restored checkpoint: known files resume at their offsets (see <see cref="TailerResume"/>).</summary>
    public TailerResume? Resume { get; init; }

    /// <summary>
    /// Most connections one <c>tcp://</c> or <c>unix://</c> log holds at once; a connection past it is closed as
    /// soon as it is accepted and counted in <see cref="LogStatus.ConnectionsRefused"/>.
    /// </summary>
    public int MaxStreamConnections { get; init; } = FileDescriptors.StreamConnections(FileDescriptors.Limit);

    /// <summary>
    /// Most log files open at once (by default half of what the descriptor limit leaves the runtime: 384 for a
    /// limit of 1,024), so the HTTP server, the checkpoints and the runtime always have descriptors. Past it the
    /// least recently active files are parked: closed with their place kept, and reopened by identity (found
    /// again by device and inode if renamed) when their path shows they changed.
    /// </summary>
    public int MaxOpenFiles { get; init; } = FileDescriptors.LogFiles(FileDescriptors.Limit);

    /// <summary>
    /// Most bytes of unfinished lines all stream connections together may hold. A connection whose partial line
    /// takes the total past it is closed (its partial line dropped) and counted in
    /// <see cref="LogStatus.ConnectionsRefused"/>; without it, each connection could hold up to
    /// <see cref="MaxLineBytes"/>.
    /// </summary>
    public long StreamBufferBytes { get; init; } = 64L << 20;

    /// <summary>
    /// How long a matched path may be gone (no longer matched, its files closed) before it is forgotten: its
    /// counters leave <see cref="Tailer.Logs"/> (their lines stay in <see cref="Tailer.LinesRead"/>). Without it, every file ever
    /// matched would keep a status row and its self-metric series for the life of the process.
    /// </summary>
    public TimeSpan ForgetGoneLogsAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock polls are timed by.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
