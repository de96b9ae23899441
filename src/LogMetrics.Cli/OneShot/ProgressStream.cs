namespace LogMetrics.Cli.OneShot;

/// <summary>
/// A read-only stream that tells a <see cref="OneShotProgress"/> about every buffer read through
/// it, so the one-shot read loop needs no change to show progress.
/// </summary>
public sealed class ProgressStream(Stream inner, OneShotProgress progress) : Stream
{
    /// <summary><paramref name="stream"/> itself when there is no progress to show.</summary>
    public static Stream Wrap(Stream stream, OneShotProgress? progress) =>
        progress is null ? stream : new ProgressStream(stream, progress);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        progress.Add(buffer[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
