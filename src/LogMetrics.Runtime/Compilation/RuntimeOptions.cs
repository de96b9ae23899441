using LogMetrics.Language.Go;

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
}
