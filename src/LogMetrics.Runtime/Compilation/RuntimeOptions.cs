using LogMetrics.Go;

namespace LogMetrics.Runtime.Compilation;

/// <summary>
/// Settings that change how programs run: mtail's <c>-override_timezone</c> and
/// <c>-syslog_use_current_year</c>, and the clock (injected so tests control "now").
/// </summary>
public sealed record RuntimeOptions
{
    public GoLocation Location { get; init; } = GoLocation.Utc;

    public bool SyslogUseCurrentYear { get; init; } = true;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Enforce <c>limit N</c> when a label set is created (mtail 3.3+), as the daemon does. Off in
    /// one-shot mode, where mtail never collects garbage and so never applies limits.
    /// </summary>
    public bool EnforceLimitOnCreate { get; init; }
}
