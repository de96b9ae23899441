namespace LogMetrics.Exporting.Push;

/// <summary>Hears how each push went: the daemon logs failures and counts both outcomes.</summary>
public interface IPushObserver
{
    /// <summary>A push to <paramref name="exporter"/> completed.</summary>
    void Succeeded(string exporter);

    /// <summary>A push to <paramref name="exporter"/> failed; it is tried again at the next interval.</summary>
    void Failed(string exporter, Exception reason);
}
