using System.Net;
using System.Net.Sockets;

namespace LogMetrics.Tests.Exporting.Push;

/// <summary>Loopback helpers for the receivers the push tests start.</summary>
internal static class Loopback
{
    /// <summary>A TCP port nothing listens on right now (bound, read, released).</summary>
    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
