namespace LogMetrics.Tailing.Sources;

/// <summary>
/// <c>-passthrough</c>: writes the bytes read from standard input, exactly as read, to another
/// stream (standard output). The copy is taken from the read buffer, before lines are split and
/// decoded, so CRLF, invalid UTF-8, a last line without a newline and lines past the splitter's
/// limit all come out as they went in.
/// </summary>
/// <remarks>
/// One write per read, flushed at once: a read returns what the pipe holds (up to the read
/// buffer), so a busy pipe is copied in large writes and a quiet one as soon as each piece
/// arrives, and nothing waits in a buffer while the input pauses. .NET ignores SIGPIPE, so a reader
/// of standard output that went away cannot kill the process; the console stream even takes EPIPE
/// as success. Any other failed write is reported once and ends the copy; reading and the metrics
/// go on.
/// </remarks>
internal sealed class PassthroughCopy(Stream output, TailContext context)
{
    /// <summary>The name errors are reported under.</summary>
    public const string Name = "passthrough";

    bool _stopped;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_stopped || bytes.IsEmpty)
        {
            return;
        }
        try
        {
            output.Write(bytes);
            output.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            _stopped = true;
            context.Report(Name, new IOException(
                $"cannot write to standard output ({e.Message}); lines are no longer copied, metrics go on", e));
        }
    }
}
