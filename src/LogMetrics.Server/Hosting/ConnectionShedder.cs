using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace LogMetrics.Server.Hosting;

/// <summary>
/// Keeps the server answering while clients hold many connections open and send no whole request (idle
/// keep-alive connections, slowloris): once <see cref="Capacity"/> connections are open, each new one closes the
/// longest-held connection that has no request running. Kestrel's own connection cap refuses the newcomer instead,
/// so a client holding the cap with idle connections locked every scrape out until their keep-alive ran out.
/// Only when every open connection is running a request is the newcomer closed.
/// </summary>
internal sealed class ConnectionShedder(int capacity)
{
    readonly Lock _lock = new();
    readonly LinkedList<Held> _byAge = [];
    readonly Dictionary<string, LinkedListNode<Held>> _byId = new(StringComparer.Ordinal);
    long _shed;

    public int Capacity => capacity;

    /// <summary>Connections closed to make room so far.</summary>
    public long Shed => Interlocked.Read(ref _shed);

    /// <summary>Open connections now.</summary>
    public int Open
    {
        get
        {
            lock (_lock)
            {
                return _byId.Count;
            }
        }
    }

    /// <summary>The connection middleware: registers each connection for as long as Kestrel serves it.</summary>
    public ConnectionDelegate TrackConnections(ConnectionDelegate next) => async connection =>
    {
        if (Admit(connection) is { } victim)
        {
            Interlocked.Increment(ref _shed);
            victim.Abort(new ConnectionAbortedException("Closed to make room: too many connections without a request."));
        }
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            Release(connection.ConnectionId);
        }
    };

    /// <summary>The request middleware: a connection running a request is never shed.</summary>
    public RequestDelegate TrackRequests(RequestDelegate next) => async context =>
    {
        var id = context.Connection.Id;
        Mark(id, +1);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Mark(id, -1);
        }
    };

    // The connection to close to make room, if any: the oldest one without a request, else the newcomer.
    ConnectionContext? Admit(ConnectionContext connection)
    {
        lock (_lock)
        {
            _byId[connection.ConnectionId] = _byAge.AddLast(new Held(connection));
            if (_byId.Count <= capacity)
            {
                return null;
            }
            for (var node = _byAge.First; node is not null && node != _byAge.Last; node = node.Next)
            {
                if (node.Value.Requests == 0)
                {
                    Remove(node);
                    return node.Value.Connection;
                }
            }
            Remove(_byAge.Last!);
            return connection;
        }
    }

    void Release(string id)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(id, out var node))
            {
                Remove(node);
            }
        }
    }

    void Mark(string id, int change)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(id, out var node))
            {
                node.Value.Requests += change;
            }
        }
    }

    void Remove(LinkedListNode<Held> node)
    {
        _byAge.Remove(node);
        _byId.Remove(node.Value.Connection.ConnectionId);
    }

    sealed class Held(ConnectionContext connection)
    {
        public ConnectionContext Connection => connection;

        public int Requests { get; set; }
    }
}
