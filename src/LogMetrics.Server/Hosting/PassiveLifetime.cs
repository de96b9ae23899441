using Microsoft.Extensions.Hosting;

namespace LogMetrics.Server.Hosting;

/// <summary>A host lifetime that does nothing. The default console lifetime would take SIGINT and SIGTERM
/// from the daemon, which owns the signals (SIGHUP reloads, SIGTERM stops everything in order).</summary>
internal sealed class PassiveLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
