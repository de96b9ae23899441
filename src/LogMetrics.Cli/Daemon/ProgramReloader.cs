using LogMetrics.Runtime.Loading;
using Serilog;

namespace LogMetrics.Cli.Daemon;

/// <summary>
/// Reloads the programs (from the file check, SIGHUP and start-up alike), counts every load and
/// failed load, and logs each failed program's compile errors.
/// </summary>
public sealed class ProgramReloader
{
    readonly ProgramSet _programs;
    readonly Lock _lock = new();
    readonly List<string> _failed = [];

    public ProgramReloader(ProgramSet programs, SelfMetrics self)
    {
        _programs = programs;
        programs.Loaded += (name, ok) =>
        {
            (ok ? self.ProgramLoads : self.ProgramLoadErrors).WithLabels(name).Inc();
            if (!ok)
            {
                _failed.Add(name);
            }
        };
    }

    public void Reload()
    {
        lock (_lock)
        {
            _failed.Clear();
            _programs.Reload();
            // ProgramSet raises Loaded before it publishes the new States, so the errors are read
            // only now: read in the event, they were the previous version's (or none at all).
            foreach (var name in _failed)
            {
                var errors = _programs.States.FirstOrDefault(s => s.Name == name)?.Errors;
                Log.Error("Compile errors for {Program}:\n{Errors}", name, errors);
            }
        }
    }
}
