using LogMetrics.Runtime.Loading;
using Serilog;

namespace LogMetrics.Cli.Daemon;

/// <summary>
/// Reloads the programs (from the file check, SIGHUP and start-up alike), counts every load and
/// failed load, and logs each failed program's compile errors. While <c>-progs</c> does not exist
/// the programs are left as they are, as mtail leaves them when a SIGHUP finds it missing.
/// </summary>
public sealed class ProgramReloader
{
    readonly ProgramSet _programs;
    readonly string _progs;
    readonly Lock _lock = new();
    readonly List<string> _failed = [];
    bool _missing;

    public ProgramReloader(ProgramSet programs, string progs, SelfMetrics self)
    {
        _programs = programs;
        _progs = progs;
        programs.Loaded += (name, ok) =>
        {
            (ok ? self.ProgramLoads : self.ProgramLoadErrors).WithLabels(name).Inc();
            if (!ok)
            {
                _failed.Add(name);
            }
        };
        programs.DeclarationsDropped += (name, metrics) => Log.Warning(
            "{Program} no longer declares {Metrics}: their values stay exported until the program is deleted or the daemon restarts",
            name, string.Join(", ", metrics));
    }

    /// <summary>
    /// Reloads what changed. <paramref name="waitUntilSettled"/> (the periodic check) loads a changed file only
    /// once it reads the same at two checks in a row; start-up and SIGHUP load what is there now.
    /// </summary>
    public void Reload(bool waitUntilSettled = false)
    {
        lock (_lock)
        {
            // A directory swapped by a deploy (mv progs.new progs) is missing for a moment; read as
            // empty, it would unload every program and drop its metrics. Logged once per absence.
            if (ProgramFiles.Find(_progs) is null)
            {
                if (!_missing)
                {
                    Log.Warning("stat {Progs}: no such file or directory; the loaded programs keep running", _progs);
                }
                _missing = true;
                return;
            }
            _missing = false;
            _failed.Clear();
            try
            {
                _programs.Reload(waitUntilSettled);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable directory must not stop the daemon: the loaded programs keep running.
                Log.Error("Reloading {Progs} failed: {Error}; the loaded programs keep running", _progs, e.Message);
                return;
            }
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
