using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LogMetrics.Tests.Server;

public sealed class RequestRuleTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private RunningServer Server => fixture.Running;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/nope")]
    [InlineData("/metrics/")]
    [InlineData("/METRICS")]
    [InlineData("/favicon.ico")]
    [InlineData("/debug/vars")]
    public async Task Unknown_paths_are_404_not_the_status_page(string path)
    {
        using var response = await Server.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be("404 page not found\n");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Only_get_and_head_are_allowed(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/metrics");

        using var response = await Server.Client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("GET", "HEAD");
    }

    [Fact]
    public async Task A_request_body_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Content = new StringContent("x") };

        using var response = await Server.Client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Responses_carry_no_server_header()
    {
        using var response = await Server.GetAsync("/healthz");

        response.Headers.Server.Should().BeEmpty();
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public async Task A_huge_request_header_is_refused_with_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("X-Big", new string('a', 40_000));

        using var response = await Server.Client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task An_http_1_0_request_is_answered()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(Server.Server.Addresses[0].Host, Server.Server.Addresses[0].Port, Ct);
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /healthz HTTP/1.0\r\n\r\n"), Ct);

        var reply = new StringBuilder();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, Ct)) > 0)
        {
            reply.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        reply.ToString().Should().StartWith("HTTP/1.1 200 OK").And.EndWith("\r\n\r\nok\n");
    }
}
