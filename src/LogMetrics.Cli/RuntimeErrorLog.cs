using LogMetrics.Runtime.Execution;
using Serilog;

namespace LogMetrics.Cli;

/// <summary>
/// Logs programs' runtime errors without letting a bad program flood the log: at most
/// <see cref="PerMinute"/> messages per program per minute, then one line saying how many were
/// not logged. Every error is still counted in <c>mtail_prog_runtime_errors_total</c> (daemon). One-shot mode
/// uses it too, and <see cref="Flush"/> says at the end how many were left out: mtail logs every one, which on
/// mtail's own Apache example is a tenth of the lines and a fifth of the run's time.
/// </summary>
public sealed class RuntimeErrorLog(TimeProvider clock)
{
    public const int PerMinute = 10;

    readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    readonly Lock _lock = new();

    public void Attach(CompiledProgram program) => program.RuntimeError += OnError;

    void OnError(CompiledProgram program, string error, string line)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var window = _windows.GetValueOrDefault(program.Name, new Window(now, 0, 0));
            if (now - window.WindowStart >= TimeSpan.FromMinutes(1))
            {
                if (window.Suppressed > 0)
                {
                    Log.Warning("{Program}: {Count} more runtime errors were not logged", program.Name, window.Suppressed);
                }
                window = new Window(now, 0, 0);
            }
            if (window.Logged < PerMinute)
            {
                Log.Information("{Program}: Runtime error: {Error}; input was {Line}", program.Name, error, line);
                window = window with { Logged = window.Logged + 1 };
            }
            else
            {
                window = window with { Suppressed = window.Suppressed + 1 };
            }
            _windows[program.Name] = window;
        }
    }

    /// <summary>Logs how many errors of each program were left out since their last line.</summary>
    public void Flush()
    {
        lock (_lock)
        {
            foreach (var (program, window) in _windows)
            {
                if (window.Suppressed > 0)
                {
                    Log.Warning("{Program}: {Count} more runtime errors were not logged", program, window.Suppressed);
                }
            }
            _windows.Clear();
        }
    }

    readonly record struct Window(DateTimeOffset WindowStart, int Logged, int Suppressed);
}
