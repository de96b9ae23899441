using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LogMetrics.Tests.Server;

/// <summary>Kestrel's request limits as the daemon sets them: a request line over 8 KiB, too many headers and
/// any body are refused before an endpoint runs.</summary>
public sealed class RequestLimitTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_line_over_8_KiB_is_refused_with_414()
    {
        using var response = await fixture.Running.Client.GetAsync(new Uri("/metrics?" + new string('q', 9000), UriKind.Relative), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task More_than_64_headers_are_refused_with_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        for (var i = 0; i < 80; i++)
        {
            request.Headers.Add($"X-H{i}", "v");
        }

        using var response = await fixture.Running.Client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task A_raw_request_with_a_script_in_its_path_is_404_and_not_echoed()
    {
        var address = fixture.Running.Server.Addresses[0];
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(address.Host, address.Port, Ct);
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /%3Cscript%3Ealert(1)%3C/script%3E HTTP/1.0\r\n\r\n"), Ct);

        var reply = new StringBuilder();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, Ct)) > 0)
        {
            reply.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        reply.ToString().Should().StartWith("HTTP/1.1 404").And.NotContainEquivalentOf("<script").And.NotContain("%3Cscript");
    }
}
