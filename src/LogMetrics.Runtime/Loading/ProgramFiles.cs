namespace LogMetrics.Runtime.Loading;

/// <summary>
/// Finds the programs named by <c>-progs</c>, as mtail does: a directory's <c>*.mtail</c> files
/// (not recursive, dot files skipped, in name order), or a single file.
/// </summary>
public static class ProgramFiles
{
    public const string Extension = ".mtail";

    /// <summary>The program files, or null when the path does not exist.</summary>
    public static IReadOnlyList<string>? Find(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }
        if (!Directory.Exists(path))
        {
            return null;
        }
        return Directory.EnumerateFiles(path)
            .Where(f => Path.GetFileName(f) is { } name && !name.StartsWith('.') && name.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
