using System.Net.Sockets;
using System.Text;
using LogMetrics.Exporting.Plaintext;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Push;

/// <summary><c>-graphite_host_port</c>: every label set as Graphite plaintext lines over a new TCP connection per
/// push, as mtail does (carbon's line receiver, usually port 2003).</summary>
public sealed class GraphitePusher(MetricStore store, string hostPort, string prefix, TimeSpan deadline) : IMetricPusher
{
    /// <inheritdoc/>
    public string Name => "graphite";

    /// <inheritdoc/>
    public Task PushAsync(CancellationToken cancellationToken) =>
        PushDeadline.RunAsync(deadline, async token =>
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            // Parsed on each push, so a bad address is reported like a refused connection (mtail's dial error).
            var (host, port) = HostPort.Parse(hostPort);
            await socket.ConnectAsync(host, port, token).ConfigureAwait(false);
            var lines = Encoding.UTF8.GetBytes(GraphiteLines.Render(store, prefix, includeText: false));
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            await stream.WriteAsync(lines, token).ConfigureAwait(false);
            socket.Shutdown(SocketShutdown.Both);
        }, cancellationToken);
}
