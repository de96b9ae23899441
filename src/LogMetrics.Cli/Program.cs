using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;

namespace LogMetrics.Cli;

/// <summary>Entry point of the logmetrics command (temporary: compile-only front end).</summary>
public static class Program
{
    /// <summary>Runs logmetrics with mtail's command line.</summary>
    public static int Main(string[] args)
    {
        var progs = args[Array.IndexOf(args, "-progs") + 1];
        var files = Directory.Exists(progs)
            ? Directory.GetFiles(progs, "*.mtail").Order(StringComparer.Ordinal).ToArray()
            : [progs];
        foreach (var file in files)
        {
            var source = SourceText.Load(file);
            var result = MtailCompiler.Compile(source);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"compile failed for {source.Name}:");
                foreach (var d in result.Diagnostics)
                {
                    Console.Error.WriteLine(d);
                }
                return 1;
            }
        }
        return 0;
    }
}
