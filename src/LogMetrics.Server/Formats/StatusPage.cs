using LogMetrics.Tailing;
using System.Globalization;
using System.Net;
using System.Text;

namespace LogMetrics.Server.Formats;

/// <summary>The HTML status page at <c>/</c>, laid out like mtail's: links, the Program Loader table, the Log
/// Tailer table. Everything that comes from a program, a log or the options is HTML-escaped: program names,
/// compile and runtime errors and log paths are not under the operator's control.</summary>
internal static class StatusPage
{
    public static string Render(string address, string buildInfo, IDaemonState state)
    {
        var title = "logmetrics on " + Html(address);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(title)
            .Append("</title>\n</head>\n<body>\n<h1>").Append(title).Append("</h1>\n");
        if (buildInfo.Length > 0)
        {
            page.Append("<p>Build: ").Append(Html(buildInfo)).Append("</p>\n");
        }

        page.Append("<p>Ready: ").Append(state.Ready ? "yes" : "no").Append("</p>\n")
            .Append("<p>Metrics: <a href=\"/json\">json</a>, <a href=\"/graphite\">graphite</a>, ")
            .Append("<a href=\"/metrics\">prometheus</a>, <a href=\"/varz\">varz</a></p>\n")
            .Append("<p>Info: <a href=\"/progz\">progz</a>, <a href=\"/healthz\">healthz</a>, ")
            .Append("<a href=\"/readyz\">readyz</a></p>\n");
        SeriesSection.Write(page, state.Store);
        WritePrograms(page, state.Programs);
        WriteLogs(page, state.Logs);
        if (state.Checkpoints is { } checkpoints)
        {
            CheckpointSection.Write(page, checkpoints);
        }
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The link to a program's <c>/progz</c> page, escaped for an attribute.</summary>
    public static string ProgzLink(string prefix, string program) => Html(prefix + Uri.EscapeDataString(program));

    public static string Html(string text) => WebUtility.HtmlEncode(text);

    private static void WritePrograms(StringBuilder page, IReadOnlyList<ProgramStatus> programs)
    {
        page.Append("<h2 id=\"loader\">Program Loader</h2>\n<table border=\"1\">\n<tr><th>program name</th>")
            .Append("<th>errors</th><th>load errors</th><th>load successes</th><th>unloads</th>")
            .Append("<th>runtime errors</th><th>last runtime error</th></tr>\n");
        foreach (var program in programs)
        {
            var name = program.Loaded
                ? $"<a href=\"{ProgzLink("/progz?prog=", program.Name)}\">{Html(program.Name)}</a>"
                : Html(program.Name);
            var errors = string.IsNullOrEmpty(program.CompileErrors)
                ? "No compile errors"
                : $"<pre>{Html(program.CompileErrors)}</pre>";
            page.Append("<tr><td>").Append(name).Append("</td><td>").Append(errors).Append("</td>");
            Cells(page, program.LoadErrors, program.Loads, program.Unloads, program.RuntimeErrors);
            page.Append("<td><pre>").Append(Html(program.LastRuntimeError ?? string.Empty)).Append("</pre></td></tr>\n");
        }

        page.Append("</table>\n");
    }

    private static void WriteLogs(StringBuilder page, IReadOnlyList<LogStatus> logs)
    {
        page.Append("<h2 id=\"tailer\">Log Tailer</h2>\n<table border=\"1\">\n<tr><th>pathname</th>")
            .Append("<th>errors</th><th>rotations</th><th>truncations</th><th>lines read</th><th>bytes read</th>")
            .Append("<th>lines cut</th><th>last error</th></tr>\n");
        foreach (var log in logs)
        {
            page.Append("<tr><td><pre>").Append(Html(log.Path)).Append("</pre></td>");
            Cells(page, log.Errors, log.Rotations, log.Truncations, log.LinesRead, log.BytesRead, log.LinesCut);
            page.Append("<td><pre>").Append(Html(log.LastError ?? string.Empty)).Append("</pre></td></tr>\n");
        }

        page.Append("</table>\n");
    }

    private static void Cells(StringBuilder page, params ReadOnlySpan<long> values)
    {
        foreach (var value in values)
        {
            page.Append("<td>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</td>");
        }
    }
}
