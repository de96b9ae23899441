namespace LogMetrics.Cli;

/// <summary>Entry point of the logmetrics command.</summary>
public static class Program
{
    /// <summary>Runs logmetrics with mtail's command line.</summary>
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 1;
}
