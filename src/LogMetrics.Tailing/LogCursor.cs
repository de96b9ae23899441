using LogMetrics.Tailing.Files;

namespace LogMetrics.Tailing;

/// <summary>
/// How far the programs have got in one open log file. The tailer creates it with the offset it
/// starts reading at and tags every line it hands on with it; the consumer moves it on
/// (<see cref="LogLine.MarkProcessed"/>) after each line, so lines still waiting in the channel
/// do not count as read. A checkpoint taken on the consumer's thread between two lines is thus
/// consistent with the metrics.
/// </summary>
public sealed class LogCursor
{
    // Processed offset and truncation count change together: a line read before a truncation and
    // processed after it must not move the offset back into content that is gone.
    readonly Lock _lock = new();
    long _processed;
    int _generation;
    long _processedLines;
    long _emittedLines;
    string _path;
    FileFingerprint _fingerprint = FileFingerprint.Empty;
    volatile bool _closed;

    internal LogCursor(string path, string target, ulong device, ulong inode, long start)
    {
        _path = path;
        Target = target;
        Device = device;
        Inode = inode;
        _processed = start;
    }

    /// <summary>The path lines go out under (it changes when a rotated file is found under its new name).</summary>
    public string Path
    {
        get => Volatile.Read(ref _path);
        internal set => Volatile.Write(ref _path, value);
    }

    /// <summary>The file's own path when it was opened.</summary>
    public string Target { get; }

    public ulong Device { get; }

    public ulong Inode { get; }

    /// <summary>The offset just after the last processed line (where a restart resumes).</summary>
    public long Processed => Volatile.Read(ref _processed);

    internal FileFingerprint Fingerprint
    {
        get => Volatile.Read(ref _fingerprint);
        set => Volatile.Write(ref _fingerprint, value);
    }

    /// <summary>The file is closed for good and every line it handed on has been processed.</summary>
    internal bool IsFinished => _closed && Interlocked.Read(ref _processedLines) == Interlocked.Read(ref _emittedLines);

    /// <summary>How many times the file was seen truncated; lines carry the value they were read under.</summary>
    internal int Generation => Volatile.Read(ref _generation);

    /// <summary>Called by the consumer after it has run a line of this file.</summary>
    public void MarkProcessed(long endOffset, int generation)
    {
        lock (_lock)
        {
            if (generation == _generation)
            {
                Volatile.Write(ref _processed, endOffset);
            }
        }
        Interlocked.Increment(ref _processedLines);
    }

    /// <summary>
    /// The file was truncated: what was processed of it is gone, so a restart must read it from 0,
    /// whatever lines of the old content are still on their way to the programs.
    /// </summary>
    internal void Truncated()
    {
        lock (_lock)
        {
            _generation++;
            Volatile.Write(ref _processed, 0);
            Fingerprint = FileFingerprint.Empty;
        }
    }

    internal void Emitted() => Interlocked.Increment(ref _emittedLines);

    /// <summary>The file will hand on no more lines (closed after its rotation, or dead).</summary>
    internal void Close() => _closed = true;

    /// <summary>This cursor as a checkpoint entry; read on the consumer's thread between lines.</summary>
    public LogCheckpoint ToCheckpoint()
    {
        var fingerprint = Fingerprint;
        return new LogCheckpoint(Path, Target, Device, Inode, Processed, fingerprint.Length, fingerprint.Hash);
    }
}
