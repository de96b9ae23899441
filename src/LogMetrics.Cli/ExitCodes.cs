namespace LogMetrics.Cli;

/// <summary>mtail's exit codes, and logmetrics' own for a failed push.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Runtime failures and glog <c>Exitf</c> (missing -progs/-logs, extra arguments, bad time zone).</summary>
    public const int Failure = 1;

    /// <summary>Go's <c>flag</c> package on a command line it cannot parse.</summary>
    public const int UsageError = 2;

    /// <summary>logmetrics only: the run itself went well but the final push to <c>-push_gateway</c> failed.</summary>
    public const int PushFailed = 3;
}
