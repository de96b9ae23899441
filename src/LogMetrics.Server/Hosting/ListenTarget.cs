using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LogMetrics.Server.Hosting;

/// <summary>Where the server listens, resolved from mtail's <c>-address</c>, <c>-port</c> and
/// <c>-unix_socket</c>, and named as Go names it in errors (<c>tcp :3903</c>, <c>unix /run/x.sock</c>).</summary>
internal sealed class ListenTarget
{
    private readonly IPAddress? _ip;

    private ListenTarget(string network, string goAddress, IPAddress? ip, int port, string? socketPath)
    {
        Network = network;
        GoAddress = goAddress;
        _ip = ip;
        Port = port;
        SocketPath = socketPath;
    }

    /// <summary><c>tcp</c> or <c>unix</c>.</summary>
    public string Network { get; }

    /// <summary>The address as Go's <c>net.Listen</c> was given it: <c>:3903</c>, <c>127.0.0.1:0</c>, a socket path.</summary>
    public string GoAddress { get; }

    public int Port { get; }

    /// <summary>The unix socket path, or null for TCP.</summary>
    public string? SocketPath { get; }

    /// <summary>Resolves the options; throws <see cref="HttpBindException"/> with Go's text when they cannot work.</summary>
    public static ListenTarget Resolve(HttpServerOptions options)
    {
        if (!string.IsNullOrEmpty(options.UnixSocket))
        {
            var path = options.UnixSocket;

            // Go's bind fails on any existing file; Kestrel would delete a stale socket and take its place.
            if (File.Exists(path) || Directory.Exists(path))
            {
                throw new HttpBindException($"listen unix {path}: bind: address already in use");
            }

            return new ListenTarget("unix", path, null, 0, path);
        }

        var goAddress = JoinHostPort(options.Address, options.Port);
        // Go takes service names too ("http"); logmetrics takes numbers only.
        if (!long.TryParse(options.Port, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var port))
        {
            throw new HttpBindException($"listen tcp: lookup tcp/{options.Port}: unknown port");
        }

        if (port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new HttpBindException($"listen tcp: address {options.Port}: invalid port");
        }

        return new ListenTarget("tcp", goAddress, ResolveHost(options.Address), (int)port, null);
    }

    /// <summary>Adds this target to Kestrel: HTTP/1.1 only, as Go's server speaks without TLS, each connection
    /// passing through <paramref name="shedder"/>.</summary>
    public void Configure(KestrelServerOptions kestrel, ConnectionShedder shedder)
    {
        void Http1(ListenOptions listen)
        {
            listen.Protocols = HttpProtocols.Http1;
            listen.Use(shedder.TrackConnections);
        }

        if (SocketPath is not null)
        {
            kestrel.ListenUnixSocket(SocketPath, Http1);
        }
        else if (_ip is null)
        {
            // [::] dual-stack, or 0.0.0.0 where IPv6 is missing: Go's ":port".
            kestrel.ListenAnyIP(Port, Http1);
        }
        else
        {
            kestrel.Listen(_ip, Port, Http1);
        }
    }

    /// <summary>Go's message for a failed bind, from the exception Kestrel threw.</summary>
    public string DescribeBindFailure(Exception failure)
    {
        return $"listen {Network} {GoAddress}: bind: {Reason(failure)}";
    }

    private string Reason(Exception failure)
    {
        // .NET reports a unix socket in a missing directory as "cannot assign requested address".
        if (SocketPath is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(SocketPath))))
        {
            return "no such file or directory";
        }

        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                return "address already in use";
            }

            if (e is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.AddressAlreadyInUse => "address already in use",
                    SocketError.AccessDenied => "permission denied",
                    SocketError.AddressNotAvailable => "cannot assign requested address",
                    _ => socket.Message,
                };
            }
        }

        return failure.Message;
    }

    // Go listens on one address of a host name, preferring IPv4; "" means every interface.
    private static IPAddress? ResolveHost(string host)
    {
        if (host.Length == 0)
        {
            return null;
        }

        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return literal;
        }

        try
        {
            var addresses = Dns.GetHostAddresses(host);
            return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? addresses.FirstOrDefault()
                ?? throw new HttpBindException($"listen tcp: lookup {host}: no such host");
        }
        catch (SocketException e)
        {
            throw new HttpBindException($"listen tcp: lookup {host}: no such host", e);
        }
    }

    // Go's net.JoinHostPort: IPv6 literals get brackets.
    private static string JoinHostPort(string host, string port) =>
        host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]:{port}" : $"{host}:{port}";
}
