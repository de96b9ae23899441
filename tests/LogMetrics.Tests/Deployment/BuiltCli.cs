using System.Reflection;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Deployment;

/// <summary>The build of src/LogMetrics.Cli in the configuration the tests were built in, for tests that pack or run it.</summary>
internal static class BuiltCli
{
    public static string Configuration { get; } =
        typeof(BuiltCli).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static string Project => Path.Combine(SharedCorpus.RepositoryRoot!, "src", "LogMetrics.Cli", "LogMetrics.Cli.csproj");

    /// <summary>The built logmetrics.dll; skips the test when the project has not been built.</summary>
    public static string DllOrSkip()
    {
        var dll = Path.Combine(SharedCorpus.RepositoryRoot!, "src", "LogMetrics.Cli", "bin", Configuration, "net10.0", "logmetrics.dll");
        if (!File.Exists(dll))
        {
            Assert.Skip($"the {Configuration} build of src/LogMetrics.Cli is not there; build the solution first.");
        }
        return dll;
    }
}
