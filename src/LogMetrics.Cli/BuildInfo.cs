using System.Reflection;
using System.Runtime.InteropServices;

namespace LogMetrics.Cli;

/// <summary>
/// What <c>-version</c> prints. Same shape as mtail's line so scripts that split it keep working:
/// <c>logmetrics version 0.1.0 git revision 1a2b3c4 dotnet version 10.0.0 go arch amd64 go os linux</c>.
/// "go version" honestly becomes "dotnet version"; arch and os keep Go's field names and Go's spellings.
/// </summary>
public sealed record BuildInfo(string Version, string Revision, string RuntimeVersion, string Arch, string Os)
{
    public static BuildInfo Current { get; } = FromAssembly(typeof(BuildInfo).Assembly);

    public override string ToString() =>
        $"logmetrics version {Version} git revision {Revision} dotnet version {RuntimeVersion} go arch {Arch} go os {Os}";

    /// <summary>Reads version and source revision from the informational version (<c>0.1.0+&lt;commit&gt;</c>, set by the SDK).</summary>
    public static BuildInfo FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? informational : informational[..plus];
        var revision = plus < 0 || plus == informational.Length - 1 ? "unknown" : informational[(plus + 1)..];
        return new BuildInfo(version, revision, Environment.Version.ToString(), GoArch(), GoOs());
    }

    private static string GoArch() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.X86 => "386",
        Architecture.Arm64 => "arm64",
        Architecture.Arm => "arm",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static string GoOs() =>
        OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "darwin"
        : OperatingSystem.IsFreeBSD() ? "freebsd"
        : RuntimeInformation.OSDescription;
}
