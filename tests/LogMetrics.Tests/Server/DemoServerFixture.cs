using LogMetrics.Tailing;
using LogMetrics.Server;
using PromNet = Prometheus;

namespace LogMetrics.Tests.Server;

/// <summary>One server over <see cref="SmallStores.Demo"/> for the tests that only read; it has one self metric,
/// two programs (one failed) and one log.</summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    private RunningServer? _running;

    internal RunningServer Running => _running ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var selfMetrics = PromNet.Metrics.NewCustomRegistry();
        PromNet.Metrics.WithCustomRegistry(selfMetrics).CreateCounter("logmetrics_lines_total", "Lines read.").Inc(3);
        _running = await RunningServer.StartAsync(SmallStores.Demo(), selfMetrics: selfMetrics);
        _running.State.Programs =
        [
            new ProgramStatus("demo.mtail") { Loaded = true, Loads = 1, Description = "Prog: demo.mtail\n" },
            new ProgramStatus("bad.mtail") { CompileErrors = "compile failed for bad.mtail:\nbad.mtail:2:11: syntax error", LoadErrors = 1 },
        ];
        _running.State.Logs = [new LogStatus { Path = "/var/log/app.log", LinesRead = 3, BytesRead = 42 }];
    }

    public async ValueTask DisposeAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
        }
    }
}
