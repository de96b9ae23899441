using System.Net.Sockets;
using System.Text;
using LogMetrics.Exporting.Plaintext;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Push;

/// <summary><c>-statsd_hostport</c>: one UDP datagram per label set, from a socket connected for the push, as mtail
/// does.</summary>
/// <remarks>Being connected, the socket hears the ICMP "port unreachable" of a receiver that is not there: the
/// next send fails, so a missing StatsD shows up as a failed push rather than as silence.</remarks>
public sealed class StatsdPusher(MetricStore store, string hostPort, string prefix, TimeSpan deadline) : IMetricPusher
{
    /// <inheritdoc/>
    public string Name => "statsd";

    /// <inheritdoc/>
    public Task PushAsync(CancellationToken cancellationToken) =>
        PushDeadline.RunAsync(deadline, async token =>
        {
            using var socket = new Socket(SocketType.Dgram, ProtocolType.Udp);
            // Parsed on each push, so a bad address is reported like a refused connection (mtail's dial error).
            var (host, port) = HostPort.Parse(hostPort);
            await socket.ConnectAsync(host, port, token).ConfigureAwait(false);
            foreach (var (metric, datum) in PushedSeries.Of(store))
            {
                var datagram = Encoding.UTF8.GetBytes(StatsdLines.Datagram(prefix, metric.Definition, datum));
                await socket.SendAsync(datagram, SocketFlags.None, token).ConfigureAwait(false);
            }
        }, cancellationToken);
}
