namespace LogMetrics.Tailing;

/// <summary>One line read from a log, without its newline.</summary>
/// <param name="FileName">
/// What <c>getfilename()</c> returns: the absolute path the file was found under (not the target
/// of a symbolic link), <c>-</c> for standard input, the socket's path for <c>unix://</c> and
/// <c>unixgram://</c>, <c>host:port</c> for <c>tcp://</c> and <c>udp://</c>.
/// </param>
/// <param name="Text">The line, decoded as UTF-8 (invalid bytes become U+FFFD), every <c>\r</c> removed.</param>
public readonly record struct LogLine(string FileName, string Text)
{
    /// <summary>
    /// The file's read position, when the tailer tracks positions for checkpoints
    /// (<see cref="TailerOptions.TrackPositions"/>); null for pipes, sockets and stdin.
    /// </summary>
    public LogCursor? Cursor { get; init; }

    /// <summary>With <see cref="Cursor"/>: the file offset just after this line.</summary>
    public long EndOffset { get; init; }

    /// <summary>With <see cref="Cursor"/>: how many truncations of the file had been seen when this line was read.</summary>
    public int Generation { get; init; }

    /// <summary>
    /// Tells the line's cursor that this line has been processed: the consumer calls it after
    /// running the line, so that a checkpoint taken between lines counts exactly the processed ones.
    /// </summary>
    public void MarkProcessed() => Cursor?.MarkProcessed(EndOffset, Generation);
}
