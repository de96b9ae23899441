using LogMetrics.Cli.Daemon;
using LogMetrics.Metrics;
using Serilog;

namespace LogMetrics.Cli;

/// <summary>Makes the <c>-max_series</c> overflow visible: copied into
/// <c>logmetrics_series_overflow_total{metric=…}</c> before each scrape (the daemon), or logged once at the
/// end (one-shot mode, which has no self-metrics).</summary>
public static class SeriesOverflowReport
{
    public static void Attach(SelfMetrics self, MetricStore store)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(store);
        if (store.MaxSeries <= 0)
        {
            return;
        }
        self.Registry.AddBeforeCollectCallback(() =>
        {
            foreach (var (name, writes) in SeriesOverflow.Totals(store))
            {
                self.SeriesOverflow.WithLabels(name).IncTo(writes);
            }
        });
    }

    public static void Warn(MetricStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var (name, writes) in SeriesOverflow.Totals(store))
        {
            Log.Warning("{Metric}: {Writes} writes to new label sets went to the __overflow__ series (-max_series {Cap})",
                name, writes, store.MaxSeries);
        }
    }
}
