namespace LogMetrics.Tailing.Sources;

internal enum LogPatternKind
{
    File,
    Stdin,
    UnixStream,
    UnixDatagram,
    Tcp,
    Udp,
}

/// <summary>One <c>-logs</c> value, classified as mtail does.</summary>
/// <param name="Kind">A file pattern, standard input, or the kind of socket to listen on.</param>
/// <param name="Target">The path or glob, or the socket's path, or <c>host:port</c>: also the lines' file name for sockets.</param>
internal readonly record struct LogPattern(LogPatternKind Kind, string Target)
{
    static readonly (string Prefix, LogPatternKind Kind)[] Schemes =
    [
        ("file://", LogPatternKind.File),
        ("unix://", LogPatternKind.UnixStream),
        ("unixgram://", LogPatternKind.UnixDatagram),
        ("tcp://", LogPatternKind.Tcp),
        ("udp://", LogPatternKind.Udp),
    ];

    public static LogPattern Parse(string pattern)
    {
        if (pattern is "-" or "/dev/stdin")
        {
            return new LogPattern(LogPatternKind.Stdin, "-");
        }
        foreach (var (prefix, kind) in Schemes)
        {
            if (pattern.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new LogPattern(kind, pattern[prefix.Length..]);
            }
        }
        return new LogPattern(LogPatternKind.File, pattern);
    }
}
