using LogMetrics.Server.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LogMetrics.Tests.Server;

/// <summary>Which connection makes room for a new one once the server holds its capacity.</summary>
public sealed class ConnectionShedderTests
{
    readonly ConnectionShedder _shedder = new(capacity: 2);
    readonly List<Connection> _open = [];

    // A connection Kestrel serves until it is aborted.
    Connection Connect(string id)
    {
        var connection = new Connection(id);
        _open.Add(connection);
        _ = _shedder.TrackConnections(_ => connection.Closed.Task)(connection);
        return connection;
    }

    static bool Aborted(Connection connection) => connection.Closed.Task.IsCompleted;

    [Fact]
    public void Within_capacity_nothing_is_closed()
    {
        var a = Connect("a");
        var b = Connect("b");

        Aborted(a).Should().BeFalse();
        Aborted(b).Should().BeFalse();
        _shedder.Open.Should().Be(2);
    }

    [Fact]
    public void Past_capacity_the_oldest_connection_without_a_request_is_closed()
    {
        var a = Connect("a");
        var b = Connect("b");
        var c = Connect("c");

        Aborted(a).Should().BeTrue();
        Aborted(b).Should().BeFalse();
        Aborted(c).Should().BeFalse();
        _shedder.Shed.Should().Be(1);
    }

    [Fact]
    public async Task A_connection_running_a_request_is_kept_and_the_next_oldest_goes()
    {
        var a = Connect("a");
        var b = Connect("b");
        var request = new TaskCompletionSource();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { ConnectionId = "a" });
        var running = _shedder.TrackRequests(_ => request.Task)(context);

        var c = Connect("c");

        Aborted(a).Should().BeFalse("it is running a request");
        Aborted(b).Should().BeTrue();
        Aborted(c).Should().BeFalse();
        request.SetResult();
        await running;

        Connect("d");
        Aborted(a).Should().BeTrue("its request has ended: now it is the oldest idle one");
    }

    [Fact]
    public void When_every_connection_runs_a_request_the_newcomer_is_closed()
    {
        Connect("a");
        Connect("b");
        foreach (var id in new[] { "a", "b" })
        {
            var context = new DefaultHttpContext();
            context.Features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { ConnectionId = id });
            _ = _shedder.TrackRequests(_ => Task.Delay(Timeout.Infinite, TestContext.Current.CancellationToken))(context);
        }

        var c = Connect("c");

        Aborted(c).Should().BeTrue();
        _open.Take(2).Should().OnlyContain(o => !Aborted(o));
    }

    sealed class Connection(string id) : ConnectionContext
    {
        public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override string ConnectionId { get; set; } = id;

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

        public override System.IO.Pipelines.IDuplexPipe Transport { get; set; } = null!;

        public override void Abort(ConnectionAbortedException abortReason) => Closed.TrySetResult();
    }
}
