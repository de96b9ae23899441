using System.Collections.Concurrent;
using LogMetrics.Exporting.Exposition;
using LogMetrics.Server.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace LogMetrics.Server.Endpoints;

/// <summary>What every endpoint reads: the options, the daemon's state, the self-metrics registry.</summary>
internal sealed class ServerContext(HttpServerOptions options, IDaemonState state, CollectorRegistry selfMetrics, ILogger log)
{
    // Exposition warnings repeat on every scrape; each distinct one is logged once per server.
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);

    public HttpServerOptions Options { get; } = options;

    public IDaemonState State { get; } = state;

    public CollectorRegistry SelfMetrics { get; } = selfMetrics;

    public ILogger Log { get; } = log;

    /// <summary>The <c>instance</c> of <c>/varz</c>: Go's <c>os.Hostname()</c>, not truncated at the first dot.</summary>
    public string Hostname { get; } = options.Hostname ?? System.Net.Dns.GetHostName();

    /// <summary>The address in the status page's title, set once the server is bound.</summary>
    public string DisplayAddress { get; set; } = string.Empty;

    public PrometheusWriterOptions WriterOptions { get; } = new()
    {
        EmitProgLabel = options.EmitProgLabel,
        EmitTimestamps = options.EmitMetricTimestamp,

        // The daemon serves both label sets of a name in one family, as rc50's daemon does.
        RejectInconsistentLabelNames = false,
    };

    public void Warn(IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            if (_warned.TryAdd(warning, true))
            {
                ServerLog.ExportWarning(Log, warning);
            }
        }
    }
}
