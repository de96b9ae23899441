using LogMetrics.Exporting.Push;

namespace LogMetrics.Tests.Exporting.Push;

public sealed class PushgatewayGroupTests
{
    static string PathOf(string gateway, string job, params string[] labels) =>
        new PushgatewayGroup(job, [.. labels.Select(l => l.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1]))])
            .UriUnder(new Uri(gateway)).AbsoluteUri;

    [Theory]
    [InlineData("http://pgw:9091", "gpu", new string[0], "http://pgw:9091/metrics/job/gpu")]
    [InlineData("http://pgw:9091/", "gpu", new[] { "node=n1", "pod=a" }, "http://pgw:9091/metrics/job/gpu/node/n1/pod/a")]
    [InlineData("https://pgw.example/push/", "gpu", new[] { "pod=a" }, "https://pgw.example/push/metrics/job/gpu/pod/a")]
    [InlineData("http://pgw:9091?x=1#f", "gpu", new string[0], "http://pgw:9091/metrics/job/gpu")]
    public void The_group_is_a_path_under_the_gateway_url(string gateway, string job, string[] labels, string expected) =>
        PathOf(gateway, job, labels).Should().Be(expected);

    [Theory]
    [InlineData("n 1", "/node/n%201")]
    [InlineData("a%b?c#d", "/node/a%25b%3Fc%23d")]
    [InlineData("é", "/node/%C3%A9")]
    [InlineData("a/b", "/node@base64/YS9i")]
    [InlineData("/var/log/app.log", "/node@base64/L3Zhci9sb2cvYXBwLmxvZw")]
    [InlineData("?/>", "/node@base64/Py8-")]
    [InlineData("", "/node@base64/=")]
    public void Label_values_are_escaped_or_take_the_base64_form(string value, string expected) =>
        PathOf("http://pgw:9091", "j", "node=" + value).Should().Be("http://pgw:9091/metrics/job/j" + expected);

    [Fact]
    public void A_job_name_with_a_slash_takes_the_base64_form_too() =>
        PathOf("http://pgw:9091", "batch/gpu").Should().Be("http://pgw:9091/metrics/job@base64/YmF0Y2gvZ3B1");
}
