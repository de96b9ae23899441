namespace LogMetrics.Tailing;

/// <summary>One line read from a log, without its newline.</summary>
/// <param name="FileName">
/// What <c>getfilename()</c> returns: the absolute path the file was found under (not the target
/// of a symbolic link), <c>-</c> for standard input, the socket's path for <c>unix://</c> and
/// <c>unixgram://</c>, <c>host:port</c> for <c>tcp://</c> and <c>udp://</c>.
/// </param>
/// <param name="Text">The line, decoded as UTF-8 (invalid bytes become U+FFFD), every <c>\r</c> removed.</param>
public readonly record struct LogLine(string FileName, string Text);
