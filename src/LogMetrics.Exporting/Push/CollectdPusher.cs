using System.Net.Sockets;
using System.Text;
using LogMetrics.Exporting.Plaintext;
using LogMetrics.Metrics;

namespace LogMetrics.Exporting.Push;

/// <summary><c>-collectd_socketpath</c>: a <c>PUTVAL</c> per label set over a new connection to collectd's unixsock
/// plugin per push, as mtail does.</summary>
/// <remarks>
/// collectd answers every command with a status line. mtail never reads them; here they are read while the
/// commands are written, so a large push cannot stall on collectd's full reply buffer, and a rejected value
/// (e.g. a type missing from collectd's types.db) makes the push fail with collectd's own message.
/// </remarks>
public sealed class CollectdPusher(MetricStore store, string socketPath, string prefix, string hostname,
    TimeSpan interval, TimeSpan deadline) : IMetricPusher
{
    /// <inheritdoc/>
    public string Name => "collectd";

    /// <inheritdoc/>
    public Task PushAsync(CancellationToken cancellationToken) =>
        PushDeadline.RunAsync(deadline, async token =>
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token).ConfigureAwait(false);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            var replies = ReadRepliesAsync(stream, token);
            var sent = 0;
            foreach (var (metric, datum) in PushedSeries.Of(store))
            {
                var line = Encoding.UTF8.GetBytes(CollectdLines.Putval(hostname, prefix, interval, metric.Definition, datum));
                await stream.WriteAsync(line, token).ConfigureAwait(false);
                sent++;
            }

            socket.Shutdown(SocketShutdown.Send);
            var (answered, rejected, firstError) = await replies.ConfigureAwait(false);
            if (rejected > 0)
            {
                throw new IOException($"collectd rejected {rejected} of {sent} values: {firstError}");
            }

            if (answered < sent)
            {
                throw new IOException($"collectd answered {answered} of {sent} values before closing the connection");
            }
        }, cancellationToken);

    // Each reply starts with a status number: negative for an error ("-1 Type `histogram' isn't defined.").
    private static async Task<(int Answered, int Rejected, string? FirstError)> ReadRepliesAsync(Stream stream, CancellationToken token)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        var answered = 0;
        var rejected = 0;
        string? firstError = null;
        while (await reader.ReadLineAsync(token).ConfigureAwait(false) is { } reply)
        {
            answered++;
            if (reply.StartsWith('-'))
            {
                rejected++;
                firstError ??= reply;
            }
        }

        return (answered, rejected, firstError);
    }
}
