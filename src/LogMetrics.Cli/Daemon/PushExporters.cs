using LogMetrics.Exporting.Otlp;
using LogMetrics.Exporting.Push;
using LogMetrics.Metrics;
using Serilog;

namespace LogMetrics.Cli.Daemon;

/// <summary>The daemon's push exporters: Graphite, StatsD and collectd as mtail pushes them, and OTLP, every
/// <c>-metric_push_interval</c>, each on its own task.</summary>
/// <remarks>Only the daemon pushes: mtail rc50 starts no push in <c>-one_shot</c> mode, however long the run
/// (checked with a 6 s run and a 200 ms interval), and neither does logmetrics.</remarks>
public static class PushExporters
{
    /// <summary>Pushes until <paramref name="cancellationToken"/> is cancelled; completes at once when no target is
    /// set. The OTLP exporter sends once more on the way out.</summary>
    public static async Task RunAsync(LogMetricsOptions options, MetricStore store, SelfMetrics self, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pushers = Create(options, store);
        if (pushers.Count == 0)
        {
            return;
        }

        if (options.MetricPushInterval <= TimeSpan.Zero)
        {
            Log.Warning("-metric_push_interval is {Interval}: not pushing to {Targets}", options.MetricPushInterval, Names(pushers));
        }
        else
        {
            Log.Information("Started metric push to {Targets} every {Interval}", Names(pushers), options.MetricPushInterval);
        }

        try
        {
            await new PushScheduler(pushers, options.MetricPushInterval, new PushReport(self), clock)
                .RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var pusher in pushers.OfType<IDisposable>())
            {
                pusher.Dispose();
            }
        }
    }

    /// <summary>The pushers the flags ask for, in mtail's order (collectd, graphite, statsd), then OTLP.</summary>
    public static List<IMetricPusher> Create(LogMetricsOptions options, MetricStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hostname = System.Net.Dns.GetHostName();
        var deadline = options.MetricPushWriteDeadline;
        var pushers = new List<IMetricPusher>();
        if (!string.IsNullOrEmpty(options.CollectdSocketPath))
        {
            pushers.Add(new CollectdPusher(store, options.CollectdSocketPath, options.CollectdPrefix, hostname,
                options.MetricPushInterval, deadline));
        }

        if (!string.IsNullOrEmpty(options.GraphiteHostPort))
        {
            pushers.Add(new GraphitePusher(store, options.GraphiteHostPort, options.GraphitePrefix, deadline));
        }

        if (!string.IsNullOrEmpty(options.StatsdHostPort))
        {
            pushers.Add(new StatsdPusher(store, options.StatsdHostPort, options.StatsdPrefix, deadline));
        }

        if (!string.IsNullOrEmpty(options.OtlpEndpoint) || options.ExperimentalEnableOpentelemetry)
        {
            try
            {
                var settings = OtlpSettings.Resolve(options.OtlpEndpoint, deadline, Environment.GetEnvironmentVariable);
                pushers.Add(new OtlpPusher(store, settings, BuildInfo.Current.Version, hostname,
                    message => Log.Warning("{Message}", message)));
            }
            catch (FormatException e)
            {
                // UriFormatException is a FormatException too: a bad endpoint, protocol or timeout.
                Log.Error("OTLP push is off: {Error}", e.Message);
            }
        }

        return pushers;
    }

    static string Names(List<IMetricPusher> pushers) => string.Join(", ", pushers.Select(p => p.Name));

    // Failures are logged at warning (mtail logs them at info) and counted; the next interval tries again.
    sealed class PushReport(SelfMetrics self) : IPushObserver
    {
        public void Succeeded(string exporter) => self.Pushes.WithLabels(exporter).Inc();

        public void Failed(string exporter, Exception reason)
        {
            self.PushErrors.WithLabels(exporter).Inc();
            Log.Warning("{Exporter} push failed: {Error}", exporter, reason.Message);
        }
    }
}
