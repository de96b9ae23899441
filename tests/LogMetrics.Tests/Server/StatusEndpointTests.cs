using LogMetrics.Tailing;
using System.Net;
using LogMetrics.Metrics;
using LogMetrics.Server;

namespace LogMetrics.Tests.Server;

public sealed class StatusEndpointTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private RunningServer Server => fixture.Running;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_status_page_lists_programs_and_logs()
    {
        using var response = await Server.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.Should().Contain($"<title>logmetrics on {Server.Server.Addresses[0].Authority}</title>")
            .And.Contain("<p>Build: logmetrics test</p>")
            .And.Contain("<tr><td><a href=\"/progz?prog=demo.mtail\">demo.mtail</a></td><td>No compile errors</td>"
                + "<td>0</td><td>1</td><td>0</td><td>0</td><td><pre></pre></td></tr>")
            .And.Contain("<tr><td>bad.mtail</td><td><pre>compile failed for bad.mtail:\nbad.mtail:2:11: syntax error</pre></td>"
                + "<td>1</td><td>0</td><td>0</td><td>0</td><td><pre></pre></td></tr>")
            .And.Contain("<tr><td><pre>/var/log/app.log</pre></td><td>0</td><td>0</td><td>0</td><td>3</td><td>42</td>"
                + "<td>0</td><td><pre></pre></td></tr>");
    }

    [Fact]
    public async Task Everything_from_programs_and_logs_is_html_escaped()
    {
        await using var server = await RunningServer.StartAsync(new MetricStore());
        server.State.Programs =
        [
            new ProgramStatus("<script>alert(1)</script>.mtail")
            {
                Loaded = true,
                LastRuntimeError = "bad \"x\" & <b>",
                Description = "<i>",
            },
            new ProgramStatus("a\"onmouseover=\"x.mtail") { CompileErrors = "</pre><script>" },
        ];
        server.State.Logs = [new LogStatus { Path = "/tmp/<img src=x>.log", LastError = "<err>" }];

        var page = await server.GetStringAsync("/");
        var list = await server.GetStringAsync("/progz");

        page.Should().NotContainAny("<script>", "<b>", "<img", "<err>", "\"onmouseover");
        page.Should().Contain("<a href=\"/progz?prog=%3Cscript%3Ealert%281%29%3C%2Fscript%3E.mtail\">"
            + "&lt;script&gt;alert(1)&lt;/script&gt;.mtail</a>")
            .And.Contain("bad &quot;x&quot; &amp; &lt;b&gt;")
            .And.Contain("<pre>&lt;/pre&gt;&lt;script&gt;</pre>")
            .And.Contain("/tmp/&lt;img src=x&gt;.log");
        list.Should().Be("<ul><li><a href=\"?prog=%3Cscript%3Ealert%281%29%3C%2Fscript%3E.mtail\">"
            + "&lt;script&gt;alert(1)&lt;/script&gt;.mtail</a></li></ul>");
    }

    [Fact]
    public async Task Progz_lists_the_loaded_programs_only()
    {
        using var response = await Server.GetAsync("/progz");

        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be("<ul><li><a href=\"?prog=demo.mtail\">demo.mtail</a></li></ul>");
    }

    [Fact]
    public async Task Progz_of_a_program_is_its_description_and_last_runtime_error()
    {
        using var response = await Server.GetAsync("/progz?prog=demo.mtail");

        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be("Prog: demo.mtail\n\nLast runtime error:\n");
    }

    [Fact]
    public async Task Progz_shows_the_last_runtime_error_text()
    {
        await using var server = await RunningServer.StartAsync(new MetricStore());
        server.State.Programs = [new ProgramStatus("p.mtail") { Loaded = true, Description = "d", LastRuntimeError = "strconv.ParseInt: \"x\"" }];

        (await server.GetStringAsync("/progz?prog=p.mtail")).Should().Be("d\n\nLast runtime error:\nstrconv.ParseInt: \"x\"");
    }

    [Theory]
    [InlineData("/progz?prog=nope.mtail")]
    [InlineData("/progz?prog=bad.mtail")]
    public async Task Progz_of_an_unknown_or_failed_program_is_404(string path)
    {
        using var response = await Server.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be("No program found\n");
    }

    [Fact]
    public async Task Healthz_is_ok()
    {
        using var response = await Server.GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be("ok\n");
    }

    [Fact]
    public async Task Readyz_follows_the_daemons_readiness()
    {
        await using var server = await RunningServer.StartAsync(new MetricStore());
        server.State.Ready = false;

        using var before = await server.GetAsync("/readyz");
        server.State.Ready = true;
        using var after = await server.GetAsync("/readyz");

        before.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await before.Content.ReadAsStringAsync(Ct)).Should().Be("not ready\n");
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        (await after.Content.ReadAsStringAsync(Ct)).Should().Be("ready\n");
    }
}
