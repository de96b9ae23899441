using System.Globalization;

namespace LogMetrics.Exporting.Push;

/// <summary>Go's <c>net.SplitHostPort</c> for the <c>host:port</c> flags: <c>carbon:2003</c>, <c>[::1]:8125</c>,
/// <c>:2003</c> (an empty host is the local machine, as when Go dials it).</summary>
public static class HostPort
{
    /// <summary>Splits <paramref name="hostPort"/>; throws <see cref="FormatException"/> with Go's wording when it
    /// is not <c>host:port</c>.</summary>
    public static (string Host, int Port) Parse(string hostPort)
    {
        ArgumentNullException.ThrowIfNull(hostPort);
        var colon = hostPort.LastIndexOf(':');
        if (colon < 0)
        {
            throw new FormatException($"address {hostPort}: missing port in address");
        }

        var host = hostPort[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }
        else if (host.Contains(':', StringComparison.Ordinal))
        {
            throw new FormatException($"address {hostPort}: too many colons in address");
        }

        if (!int.TryParse(hostPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new FormatException($"address {hostPort}: invalid port");
        }

        return (host.Length == 0 ? "localhost" : host, port);
    }
}
