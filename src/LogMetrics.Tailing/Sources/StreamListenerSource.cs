using System.Net;
using System.Net.Sockets;

namespace LogMetrics.Tailing.Sources;

/// <summary>
/// <c>unix://path</c> and <c>tcp://host:port</c>: listens (creating the socket, as mtail does),
/// and reads every connection line by line; lines of all connections go out under one name, and a
/// connection's partial last line is handed on when it closes.
/// </summary>
internal sealed class StreamListenerSource(string name, Func<EndPoint> endPoint, TailContext context) : PushSource(name, context)
{
    protected override Task Start(CancellationToken stopping)
    {
        var address = endPoint();
        var listener = SocketBinding.Bind(address, SocketType.Stream);
        try
        {
            listener.Listen();
        }
        catch
        {
            SocketBinding.Close(listener, address);
            throw;
        }
        Counters.Opened();
        return AcceptAsync(listener, address, stopping);
    }

    async Task AcceptAsync(Socket listener, EndPoint address, CancellationToken stopping)
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var connection = await listener.AcceptAsync(stopping).ConfigureAwait(false);
                connections.RemoveAll(t => t.IsCompleted);
                connections.Add(ReadAsync(connection, stopping));
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
            SocketBinding.Close(listener, address);
            await Task.WhenAll(connections).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Counters.Closed();
        }
    }

    async Task ReadAsync(Socket connection, CancellationToken stopping)
    {
        var splitter = new LineSplitter(Context.Options.MaxLineBytes);
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await connection.ReceiveAsync(buffer, SocketFlags.None, stopping).ConfigureAwait(false)) > 0)
            {
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
            connection.Dispose();
        }
    }
}
