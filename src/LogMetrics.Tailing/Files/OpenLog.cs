using LogMetrics.Tailing.Native;
using Microsoft.Win32.SafeHandles;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// One open file or named pipe: the handle, how far it has been read, and its partial last line.
/// Regular files are read at an explicit offset (so a truncation is seen by comparing sizes);
/// pipes are read without waiting until they are empty. A regular file can be parked (its handle
/// closed, everything else kept) when too many are open, and reopened by identity later.
/// </summary>
internal sealed class OpenLog : IDisposable
{
    SafeFileHandle? _handle;
    long _parkedModified;
    readonly TailContext _context;
    readonly LineSplitter _splitter;
    readonly Action<string> _emit;
    readonly ReadMark _mark = new();
    readonly string _path;
    LogCounters _counters;
    LogCursor? _cursor;

    OpenLog(SafeFileHandle handle, FileStat stat, string path, LogCounters counters, TailContext context)
    {
        _handle = handle;
        context.Files.Opened();
        _path = path;
        _context = context;
        _counters = counters;
        _splitter = new LineSplitter(context.Options.MaxLineBytes);
        _emit = text =>
        {
            if (_cursor is { } cursor)
            {
                _context.Emit(_counters, text, cursor, _splitter.LineEnd);
            }
            else
            {
                _context.Emit(_counters, text);
            }
        };
        Identity = stat.Identity;
        IsPipe = stat.Kind != FileKind.Regular;
        LastDataAt = context.Clock.GetTimestamp();
    }

    /// <summary>
    /// Most bytes one read pass takes from one file, so that a huge backlog (or an endless device)
    /// neither starves the other logs nor keeps the pass from ending; the rest is read next pass.
    /// </summary>
    public const long PassBudgetBytes = 16 << 20;

    /// <summary>Whether the last read stopped at <see cref="PassBudgetBytes"/> rather than at the end.</summary>
    public bool HasMore { get; private set; }

    /// <summary>Which file this is; null where the platform cannot tell.</summary>
    public FileIdentity? Identity { get; }

    /// <summary>A named pipe or device: no size, no offset, and end of stream means every writer has gone.</summary>
    public bool IsPipe { get; }

    /// <summary>Bytes of the file read so far (for a regular file, where the next read starts).</summary>
    public long Offset { get; private set; }

    public LogCounters Counters => _counters;

    /// <summary>
    /// When bytes last came in, or the file was opened or retired, as a monotonic timestamp
    /// (<see cref="TimeProvider.GetTimestamp"/>): what the rotation grace period counts from.
    /// </summary>
    public long LastDataAt { get; private set; }

    /// <summary>Whether the handle is closed for now (<see cref="Park"/>); only <see cref="NeedsReading"/> and <see cref="TryReopen"/> may be used then.</summary>
    public bool IsParked => _handle is null;

    SafeFileHandle Handle => _handle ?? throw new InvalidOperationException("The log is parked.");

    /// <summary>
    /// Closes the handle to give the descriptor back, keeping the offset, the partial line, the read mark and the
    /// cursor: <see cref="TryReopen"/> carries on where it stopped. Pipes are never parked (their data would go).
    /// </summary>
    public void Park()
    {
        if (IsPipe || _handle is not { } handle)
        {
            return;
        }
        _parkedModified = FileStat.OfHandle(handle, _path).Modified;
        handle.Dispose();
        _handle = null;
        _context.Files.Closed();
    }

    /// <summary>
    /// Whether the parked file, as its path's <paramref name="now"/> shows it, has something to read: its size is
    /// not what was read (grown, or truncated), or it was written since it was parked (rewritten to the same size).
    /// </summary>
    public bool NeedsReading(FileStat now) => now.Size != Offset || now.Modified != _parkedModified;

    /// <summary>Reopens a parked file through <paramref name="path"/>; false (and still parked) when the path names another file now.</summary>
    public bool TryReopen(string path)
    {
        var handle = NativeFile.OpenRead(path);
        try
        {
            if (FileStat.OfHandle(handle, path).Identity != Identity)
            {
                handle.Dispose();
                return false;
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }
        _handle = handle;
        _context.Files.Opened();
        return true;
    }

    /// <summary>The path no longer names this file: the grace period starts now.</summary>
    public void Retire() => LastDataAt = _context.Clock.GetTimestamp();

    /// <summary>Opens <paramref name="path"/> at its start; null for a directory.</summary>
    public static OpenLog? Open(string path, LogCounters counters, TailContext context)
    {
        var handle = NativeFile.OpenRead(path);
        try
        {
            var stat = FileStat.OfHandle(handle, path);
            if (stat.Kind == FileKind.Directory)
            {
                handle.Dispose();
                return null;
            }
            return new OpenLog(handle, stat, path, counters, context);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Lines from now on go out under another path (a rotated file found again under its new name).</summary>
    public void MoveTo(LogCounters counters)
    {
        _counters.Closed();
        _counters = counters;
        _counters.Opened();
        _cursor?.Path = counters.Path;
    }

    /// <summary>
    /// From now on, when positions are tracked (checkpoints), lines carry a cursor that starts at
    /// the current offset. Called once the file is attached to its path, so a handle opened only
    /// to be dropped (the file is already read under another name) leaves no cursor behind.
    /// </summary>
    public void TrackPosition()
    {
        if (!_context.Options.TrackPositions || IsPipe || Identity is not { } identity || _cursor is not null)
        {
            return;
        }
        var target = _path;
        try
        {
            target = new FileInfo(_path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _path;
        }
        catch (IOException)
        {
            // The link changed since the open: the path itself is all there is to remember.
        }
        _cursor = new LogCursor(_counters.Path, target, identity.Device, identity.Inode, Offset);
        UpdateFingerprint();
        _context.Cursors.Add(_cursor);
    }

    /// <summary>Starts reading at <paramref name="offset"/>, where a checkpoint left off.</summary>
    public void ResumeAt(long offset) => SetOffset(offset);

    /// <summary>Whether this file starts with the bytes <paramref name="checkpoint"/> was taken of.</summary>
    public bool StartsLike(LogCheckpoint checkpoint) =>
        new FileFingerprint(checkpoint.FingerprintLength, checkpoint.Fingerprint).Matches(Handle);

    /// <summary>
    /// Starts reading at the end, as mtail does for files present at start-up — but at the start of
    /// an unfinished last line, so that line is read whole once its newline arrives (mtail hands on
    /// its tail as a line of its own).
    /// </summary>
    public void SkipToEnd()
    {
        if (IsPipe)
        {
            return;
        }
        var size = RandomAccess.GetLength(Handle);
        var limit = Math.Max(0, size - _splitter.MaxLineBytes);
        var buffer = _context.PollBuffer;
        for (var end = size; end > limit;)
        {
            var count = (int)Math.Min(buffer.Length, end - limit);
            var read = RandomAccess.Read(Handle, buffer.AsSpan(0, count), end - count);
            var newline = buffer.AsSpan(0, read).LastIndexOf((byte)'\n');
            if (read < count || newline >= 0)
            {
                SetOffset(read < count ? size : end - count + newline + 1);
                return;
            }
            end -= count;
        }
        SetOffset(limit == 0 ? 0 : size);
        if (limit > 0)
        {
            // The unfinished line is already longer than the limit: its rest would only be a fragment.
            _splitter.SkipToNextLine();
        }
    }

    /// <summary>
    /// A file shorter than what was read has been truncated (copytruncate, <c>: &gt; file</c>); one
    /// that is as long or longer but no longer holds the bytes last read was truncated and refilled
    /// (to exactly its old size, say: <c>echo "line 22" &gt; file</c> after "line 11"). Either way:
    /// hand on the partial line and start again from 0.
    /// </summary>
    public bool CheckTruncated()
    {
        if (IsPipe)
        {
            return false;
        }
        var size = RandomAccess.GetLength(Handle);
        if (size >= Offset && _mark.StillThere(Handle, Offset))
        {
            return false;
        }
        Flush();
        SetOffset(0);
        _cursor?.Truncated();
        _mark.Forget();
        _counters.Truncated();
        return true;
    }

    /// <summary>
    /// Reads what there is now, up to <see cref="PassBudgetBytes"/>; <see cref="HasMore"/> tells
    /// whether it stopped short of the end.
    /// </summary>
    public void ReadAvailable()
    {
        var handle = Handle;
        var buffer = _context.PollBuffer;
        var cutBefore = _splitter.LinesCut;
        long total = 0;
        HasMore = false;
        try
        {
            while (!(HasMore = total >= PassBudgetBytes))
            {
                var read = IsPipe ? NativeFile.ReadPipe(handle, buffer, _counters.Path) : RandomAccess.Read(handle, buffer, Offset);
                if (read <= 0)
                {
                    if (read == 0 && IsPipe)
                    {
                        // Every writer has closed the pipe: their last line is complete.
                        Flush();
                    }
                    break;
                }
                if (!IsPipe)
                {
                    _mark.Remember(buffer.AsSpan(0, read));
                }
                Offset += read;
                total += read;
                _splitter.Feed(buffer.AsSpan(0, read), _emit);
            }
        }
        finally
        {
            _counters.AddBytes(total);
            _context.Cut(_counters, _splitter.LinesCut - cutBefore);
            if (total > 0)
            {
                LastDataAt = _context.Clock.GetTimestamp();
                UpdateFingerprint();
            }
        }
    }

    /// <summary>Reads what there is; a failure is counted and reported, and gives false.</summary>
    public bool TryRead(TailContext context)
    {
        try
        {
            ReadAvailable();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Fail(_counters, e);
            return false;
        }
    }

    /// <summary>Hands on the partial last line, if any.</summary>
    public void Flush() => _splitter.Flush(_emit);

    /// <summary>Hands on the partial last line and closes the file for good.</summary>
    public void Close()
    {
        Flush();
        Dispose();
        _counters.Closed();
        _cursor?.Close();
    }

    /// <summary>
    /// Closes the file as the tailer stops. When positions are tracked the partial last line stays
    /// in the file, since the last checkpoint resumes at its start; otherwise it is handed on.
    /// </summary>
    public void CloseAtShutdown()
    {
        if (_cursor is null)
        {
            Close();
            return;
        }
        Dispose();
        _counters.Closed();
    }

    void SetOffset(long offset)
    {
        Offset = offset;
        _splitter.Position = offset;
    }

    // While the file is shorter than a fingerprint, the fingerprint grows with it.
    void UpdateFingerprint()
    {
        if (_cursor is { } cursor && cursor.Fingerprint.Length < Math.Min(FileFingerprint.MaxBytes, Offset))
        {
            cursor.Fingerprint = FileFingerprint.Of(Handle, Offset);
        }
    }

    public void Dispose()
    {
        if (_handle is { } handle)
        {
            handle.Dispose();
            _handle = null;
            _context.Files.Closed();
        }
    }
}
