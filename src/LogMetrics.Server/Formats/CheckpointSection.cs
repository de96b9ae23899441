using System.Globalization;
using System.Text;

namespace LogMetrics.Server.Formats;

/// <summary>The Checkpoints section of the status page: where they go, what was restored, and any problem (escaped).</summary>
internal static class CheckpointSection
{
    public static void Write(StringBuilder page, CheckpointStatus status)
    {
        page.Append("<h2 id=\"checkpoints\">Checkpoints</h2>\n<table border=\"1\">\n");
        Row(page, "state directory", status.Directory);
        Row(page, "restored at start-up", status.Restored ?? "nothing");
        if (status.RestoreError is { } restoreError)
        {
            Row(page, "ignored checkpoint", restoreError);
        }
        Row(page, "checkpoints written", status.Written.ToString(CultureInfo.InvariantCulture));
        Row(page, "last written", status.LastWritten?.ToString("u", CultureInfo.InvariantCulture) ?? "never");
        Row(page, "write errors", status.WriteErrors.ToString(CultureInfo.InvariantCulture));
        if (status.LastWriteError is { } writeError)
        {
            Row(page, "last write error", writeError);
        }
        page.Append("</table>\n");
    }

    static void Row(StringBuilder page, string name, string value) =>
        page.Append("<tr><th>").Append(name).Append("</th><td><pre>").Append(StatusPage.Html(value)).Append("</pre></td></tr>\n");
}
