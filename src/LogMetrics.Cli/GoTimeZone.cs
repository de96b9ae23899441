namespace LogMetrics.Cli;

/// <summary>Go's <c>time.LoadLocation</c> rules on top of <see cref="TimeZoneInfo"/>.</summary>
public static class GoTimeZone
{
    /// <summary>
    /// "" and "UTC" are UTC, "Local" is the machine's zone, anything else is an IANA zone name.
    /// On failure <paramref name="error"/> holds Go's wording, e.g. <c>unknown time zone Mars/Base</c>.
    /// </summary>
    public static bool TryLoad(string name, out TimeZoneInfo zone, out string error)
    {
        ArgumentNullException.ThrowIfNull(name);
        zone = TimeZoneInfo.Utc;
        error = "";
        switch (name)
        {
            case "" or "UTC":
                return true;
            case "Local":
                zone = TimeZoneInfo.Local;
                return true;
        }

        // Go refuses names that could escape the zoneinfo directory.
        if (name.Contains("..", StringComparison.Ordinal) || name[0] is '/' or '\\')
        {
            error = "time: invalid location name";
            return false;
        }

        try
        {
            // .NET matches zone ids ignoring case ("utc", "america/new_york"); Go's file lookup does not.
            var found = TimeZoneInfo.FindSystemTimeZoneById(name);
            if (string.Equals(found.Id, name, StringComparison.Ordinal))
            {
                zone = found;
                return true;
            }
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
        }

        error = "unknown time zone " + name;
        return false;
    }
}
