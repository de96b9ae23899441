using System.Net;
using System.Net.Sockets;

namespace LogMetrics.Tailing.Sources;

/// <summary>
/// <c>unixgram://path</c> and <c>udp://host:port</c>: binds and splits the datagrams as one byte
/// stream, so a datagram without a trailing newline is joined with the next one, as mtail does.
/// </summary>
internal sealed class DatagramSource(string name, Func<EndPoint> endPoint, TailContext context) : PushSource(name, context)
{
    // The largest UDP payload; a longer unix datagram is cut by the kernel at the buffer size.
    const int DatagramBytes = 65_536;

    protected override Task Start(CancellationToken stopping)
    {
        var address = endPoint();
        var socket = SocketBinding.Bind(address, SocketType.Dgram);
        Counters.Opened();
        return ReceiveAsync(socket, address, stopping);
    }

    async Task ReceiveAsync(Socket socket, EndPoint address, CancellationToken stopping)
    {
        var splitter = new LineSplitter(Context.Options.MaxLineBytes);
        var buffer = new byte[DatagramBytes];
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, stopping).ConfigureAwait(false);
                Feed(splitter, buffer.AsSpan(0, read));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (SocketException e)
        {
            Context.Fail(Counters, e);
        }
        finally
        {
            Flush(splitter);
            SocketBinding.Close(socket, address);
            Counters.Closed();
        }
    }
}
