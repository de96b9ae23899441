namespace LogMetrics.Tailing.Files;

/// <summary>A path the file patterns matched, and the file it is being read from now, if any.</summary>
internal sealed class TrackedPath(string path, bool presentAtStartup)
{
    public string Path => path;

    /// <summary>
    /// Matched by the first pattern poll and there (not a dangling symbolic link): its first file
    /// is read from the end. A file that was there but could not be opened (permission denied)
    /// is also read from the end once it can be: it holds what was written before start-up.
    /// </summary>
    public bool PresentAtStartup { get; set; } = presentAtStartup;

    public LogCounters Counters { get; } = new(path);

    public OpenLog? Reader { get; set; }

    public bool EverOpened { get; set; }

    /// <summary>Since when (monotonic timestamp) the path has been gone: unmatched, with no file of it open. Null while it is there.</summary>
    public long? GoneSince { get; set; }
}
