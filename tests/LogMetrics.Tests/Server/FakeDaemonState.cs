using LogMetrics.Tailing;
using LogMetrics.Metrics;
using LogMetrics.Server;

namespace LogMetrics.Tests.Server;

/// <summary>A daemon state the tests set by hand.</summary>
internal sealed class FakeDaemonState(MetricStore store) : IDaemonState
{
    private volatile bool _ready = true;

    public MetricStore Store { get; } = store;

    public IReadOnlyList<ProgramStatus> Programs { get; set; } = [];

    public IReadOnlyList<LogStatus> Logs { get; set; } = [];

    public bool Ready
    {
        get => _ready;
        set => _ready = value;
    }
}
