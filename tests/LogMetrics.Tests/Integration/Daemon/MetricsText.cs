using System.Globalization;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>Reads one sample out of a Prometheus text scrape.</summary>
public static class MetricsText
{
    /// <summary>
    /// The value of the sample whose name and labels are exactly <paramref name="series"/> (as
    /// written, e.g. <c>duration{prog="config.mtail"}</c>), or null when the scrape has none.
    /// </summary>
    public static double? Value(string scrape, string series)
    {
        foreach (var line in scrape.Split('\n'))
        {
            if (line.StartsWith(series + " ", StringComparison.Ordinal))
            {
                var value = line[(series.Length + 1)..].Split(' ')[0];
                return double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }
}
