namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>A temporary directory with a <c>progs</c> folder; deleted on dispose.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch()
    {
        Root = Directory.CreateTempSubdirectory("logmetrics-e2e-").FullName;
        Progs = Directory.CreateDirectory(Path.Combine(Root, "progs")).FullName;
    }

    public string Root { get; }

    public string Progs { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>
    /// Writes a program the way an editor or a config tool saves it: to a temporary name first,
    /// then renamed over the old file, so a reload never sees half a file.
    /// </summary>
    public string WriteProgram(string name, string text)
    {
        var path = Path.Combine(Progs, name);
        var temp = Path.Combine(Progs, "." + name + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>The repository file at <paramref name="relative"/> (e.g. <c>examples/gpu-job/config.mtail</c>).</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process killed a moment ago may still hold a file; the temp directory is cleaned later.
        }
    }
}
