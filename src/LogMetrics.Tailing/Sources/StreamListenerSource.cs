using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace LogMetrics.Tailing.Sources;

/// <summary>
/// <c>unix://path</c> and <c>tcp://host:port</c>: listens (creating the socket, as mtail does),
/// and reads every connection line by line; lines of all connections go out under one name, and a
/// connection's partial last line is handed on when it closes.
/// </summary>
/// <remarks>
/// Bounded whatever clients do: at most <see cref="TailerOptions.MaxStreamConnections"/> connections (more are
/// closed as they are accepted), partial lines within <see cref="TailerOptions.StreamBufferBytes"/> for all of
/// them (the connection that goes past it is closed), and an idle connection holds no read buffer: it waits
/// with a zero-byte receive and rents a buffer only while data is there.
/// </remarks>
internal sealed class StreamListenerSource(string name, Func<EndPoint> endPoint, TailContext context) : PushSource(name, context)
{
    const int ReadBufferBytes = 64 * 1024;
    int _connections;
    int _reportedCap;
    int _reportedBudget;

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
                if (Interlocked.Increment(ref _connections) > Context.Options.MaxStreamConnections)
                {
                    Interlocked.Decrement(ref _connections);
                    connection.Dispose();
                    Context.Refuse(Counters, $"{Context.Options.MaxStreamConnections} connections are open; closing new ones", ref _reportedCap);
                    continue;
                }
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
        var budget = Context.StreamBuffers;
        long held = 0;
        var overBudget = false;
        try
        {
            while (true)
            {
                // Waits for data without a buffer: thousands of idle connections cost no memory.
                await connection.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, stopping).ConfigureAwait(false);
                var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
                int read;
                try
                {
                    read = await connection.ReceiveAsync(buffer.AsMemory(0, ReadBufferBytes), SocketFlags.None, stopping).ConfigureAwait(false);
                    if (read > 0)
                    {
                        Feed(splitter, buffer.AsSpan(0, read));
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
                if (read == 0)
                {
                    break;
                }
                var change = splitter.PendingCapacity - held;
                held = splitter.PendingCapacity;
                if (!budget.TryChange(change))
                {
                    overBudget = true;
                    Context.Refuse(Counters, $"partial lines of all connections passed {Context.Options.StreamBufferBytes} bytes; closing the connection that went past it", ref _reportedBudget);
                    return;
                }
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
            budget.Release(held);
            if (!overBudget)
            {
                Flush(splitter);
            }
            connection.Dispose();
            Interlocked.Decrement(ref _connections);
        }
    }
}
