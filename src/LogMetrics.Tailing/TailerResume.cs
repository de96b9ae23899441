namespace LogMetrics.Tailing;

/// <summary>
/// Where one log file was in a checkpoint: which file (device and inode, and a hash of its first
/// bytes, so a reused inode or a file truncated and rewritten is not taken for it), under which
/// path it was read, and the offset just after the last line the programs had processed. A held
/// partial line is not stored: the offset is where it starts, so it is read again from the file.
/// </summary>
/// <param name="Path">The path it was read under (the <c>getfilename()</c> of its lines).</param>
/// <param name="Target">The file's own path when it was opened (the target of a symbolic link), searched too when the path has rotated.</param>
/// <param name="Device">The device number.</param>
/// <param name="Inode">The inode number.</param>
/// <param name="Offset">Where reading resumes.</param>
/// <param name="FingerprintLength">How many of the file's first bytes <paramref name="Fingerprint"/> covers.</param>
/// <param name="Fingerprint">SHA-256 of those bytes, in hex.</param>
public sealed record LogCheckpoint(string Path, string Target, ulong Device, ulong Inode, long Offset, int FingerprintLength, string Fingerprint);

/// <summary>What a restored checkpoint tells the tailer (<see cref="TailerOptions.Resume"/>).</summary>
/// <param name="Logs">Every file log the checkpoint knew.</param>
/// <param name="Patterns">The <c>-logs</c> patterns of the run that wrote it: a file they match
/// that the checkpoint does not know appeared after it, and is read from its start.</param>
public sealed record TailerResume(IReadOnlyList<LogCheckpoint> Logs, IReadOnlyList<string> Patterns);
