namespace LogMetrics.Tailing.Files;

/// <summary>A path the file patterns matched, and the file it is being read from now, if any.</summary>
internal sealed class TrackedPath(string path, bool presentAtStartup)
{
    public string Path => path;

    /// <summary>Matched by the first pattern poll: its first file is read from the end.</summary>
    public bool PresentAtStartup => presentAtStartup;

    public LogCounters Counters { get; } = new(path);

    public OpenLog? Reader { get; set; }

    public bool EverOpened { get; set; }
}
