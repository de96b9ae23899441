using LogMetrics.Language.Compilation;
using LogMetrics.Runtime.Loading;

namespace LogMetrics.Cli;

/// <summary>Entry point of the logmetrics command (temporary: compile-only front end).</summary>
public static class Program
{
    /// <summary>Runs logmetrics with mtail's command line.</summary>
    public static int Main(string[] args)
    {
        var progs = args[Array.IndexOf(args, "-progs") + 1];
        return CompileOnly.Run(progs, new CompilerOptions(), Console.Error);
    }
}
