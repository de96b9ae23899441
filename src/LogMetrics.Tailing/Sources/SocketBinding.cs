using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LogMetrics.Tailing.Sources;

/// <summary>Socket addresses from <c>-logs</c> values, and binding and unbinding them.</summary>
internal static class SocketBinding
{
    /// <summary>Binds; a unix socket path that exists fails with "address already in use", as in mtail.</summary>
    public static Socket Bind(EndPoint address, SocketType type)
    {
        var protocol = address is UnixDomainSocketEndPoint ? ProtocolType.Unspecified
            : type == SocketType.Stream ? ProtocolType.Tcp : ProtocolType.Udp;
        var socket = new Socket(address.AddressFamily, type, protocol);
        try
        {
            socket.Bind(address);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Closes, and removes the socket file the bind created.</summary>
    public static void Close(Socket socket, EndPoint address)
    {
        socket.Dispose();
        if (address is UnixDomainSocketEndPoint unix && unix.ToString() is { Length: > 0 } path)
        {
            File.Delete(path);
        }
    }

    /// <summary><c>host:port</c> (or <c>[v6]:port</c>, or <c>:port</c> for every address), as Go's net.Listen reads it.</summary>
    /// <remarks>The port is checked at once (<see cref="ArgumentException"/>); the host is looked up when binding, and retried.</remarks>
    public static Func<EndPoint> HostPort(string target)
    {
        var colon = target.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(target.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            throw new ArgumentException($"invalid address \"{target}\": want host:port", nameof(target));
        }
        var host = target[..colon].Trim('[', ']');
        return () => new IPEndPoint(Resolve(host), port);
    }

    static IPAddress Resolve(string host) =>
        host.Length == 0 ? IPAddress.Any
        : IPAddress.TryParse(host, out var literal) ? literal
        : Dns.GetHostAddresses(host).OrderBy(a => a.AddressFamily != AddressFamily.InterNetwork).First();
}
