// TEMPORARY: stand-ins until the Go compatibility branch is merged. Removed at merge.
using System.Globalization;

namespace LogMetrics.Language.Go;

public static class GoStrptime
{
    public static bool IsValidLayout(string layout) => layout.Length >= 0;
}

public static partial class GoStrconvFormat
{
    public static string G(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
