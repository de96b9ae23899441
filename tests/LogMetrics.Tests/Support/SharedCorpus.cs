namespace LogMetrics.Tests.Support;

/// <summary>
/// Locates the conformance corpus, which lives beside the repository in ../shared and is never
/// copied into it. Tests that need it skip, with the reason, when it is absent.
/// </summary>
public static class SharedCorpus
{
    public static string? RepositoryRoot { get; } = FindRoot();

    public static string? Directory { get; } = RepositoryRoot is null
        ? null
        : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "conformance")) is var dir && System.IO.Directory.Exists(dir) ? dir : null;

    public const string MissingReason = "the conformance corpus ../shared/conformance is not present beside the repository";

    static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogMetrics.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>Case names under a corpus folder (compile or cases), or none when the corpus is absent.</summary>
    public static TheoryData<string> CaseNames(string folder)
    {
        var data = new TheoryData<string>();
        if (Directory is null)
        {
            data.Add("(corpus absent)");
            return data;
        }
        foreach (var dir in System.IO.Directory.GetDirectories(Path.Combine(Directory, folder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }
}
