using LogMetrics.Cli;
using LogMetrics.Cli.Daemon;
using LogMetrics.Metrics;

namespace LogMetrics.Tests.Cli;

public sealed class PushExportersTests
{
    [Fact]
    public void No_target_flag_means_no_pusher() =>
        PushExporters.Create(LogMetricsOptions.Defaults, new MetricStore()).Should().BeEmpty();

    [Fact]
    public void Each_target_flag_adds_its_pusher_in_mtails_order_then_otlp()
    {
        var options = LogMetricsOptions.Defaults with
        {
            GraphiteHostPort = "127.0.0.1:2003",
            StatsdHostPort = "127.0.0.1:8125",
            CollectdSocketPath = "/run/collectd.sock",
            OtlpEndpoint = "http://127.0.0.1:1",
        };

        var pushers = PushExporters.Create(options, new MetricStore());
        try
        {
            pushers.Select(p => p.Name).Should().Equal("collectd", "graphite", "statsd", "otlp");
        }
        finally
        {
            foreach (var pusher in pushers.OfType<IDisposable>())
            {
                pusher.Dispose();
            }
        }
    }

    [Fact]
    public void A_bad_otlp_endpoint_turns_otlp_off_and_leaves_the_others()
    {
        var options = LogMetricsOptions.Defaults with { GraphiteHostPort = "127.0.0.1:2003", OtlpEndpoint = "not a url" };

        PushExporters.Create(options, new MetricStore()).Select(p => p.Name).Should().Equal("graphite");
    }
}
