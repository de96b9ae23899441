using System.Net;
using System.Net.Sockets;
using System.Text;
using LogMetrics.Exporting.Push;

namespace LogMetrics.Tests.Exporting.Push;

/// <summary>The StatsD push against a UDP listener that checks every datagram.</summary>
public sealed class StatsdPushTests
{
    [Fact]
    public async Task Every_label_set_arrives_as_one_datagram_in_statsds_format()
    {
        using var listener = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)listener.Client.LocalEndPoint!).Port;
        var pusher = new StatsdPusher(PushedProgram.Store(PushedProgram.Now()), $"127.0.0.1:{port}", "sp.", TimeSpan.FromSeconds(10));

        await pusher.PushAsync(TestContext.Current.CancellationToken);

        var datagrams = new List<string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (datagrams.Count < 8)
        {
            var received = await listener.ReceiveAsync(timeout.Token);
            datagrams.Add(Encoding.UTF8.GetString(received.Buffer));
        }

        datagrams.Should().Equal(
            "sp.test.mtail.last_size:400|g",
            "sp.test.mtail.latency_ms.method.GET:105|",
            "sp.test.mtail.latency_ms.method.POST:120|",
            "sp.test.mtail.ratio_total:2|c",
            "sp.test.mtail.requests_total.code.200.method.GET:2|c",
            "sp.test.mtail.requests_total.code.500.method.POST:1|c",
            "sp.test.mtail.requests_total.code.404.method.GET:1|c",
            "sp.test.mtail.t_ms:30|ms");
        datagrams.Should().AllSatisfy(d => d.Should().MatchRegex(@"^sp\.test\.mtail\.[^:\n]+:[0-9.e+-]+\|(c|g|ms|)$"));
        listener.Available.Should().Be(0, "text metrics are not pushed");
    }
}
