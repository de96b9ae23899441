using System.Text;
using LogMetrics.Server.Formats;
using Microsoft.AspNetCore.Http;

namespace LogMetrics.Server.Endpoints;

/// <summary>The human and orchestrator pages: <c>/</c>, <c>/progz</c>, <c>/healthz</c>, <c>/readyz</c>.</summary>
internal sealed class StatusEndpoints(ServerContext server)
{
    public Task StatusAsync(HttpContext context) =>
        Replies.TextAsync(context, StatusCodes.Status200OK, Replies.Html,
            StatusPage.Render(server.DisplayAddress, server.Options.BuildInfo, server.State));

    /// <summary>The list of loaded programs, or with <c>?prog=NAME</c> that program's executable form and last
    /// runtime error as mtail shows its bytecode; an unknown or failed program is 404 <c>No program found</c>.</summary>
    public Task ProgzAsync(HttpContext context)
    {
        var wanted = context.Request.Query["prog"].ToString();
        var loaded = server.State.Programs.Where(p => p.Loaded);
        if (wanted.Length == 0)
        {
            var list = new StringBuilder("<ul>");
            foreach (var program in loaded)
            {
                list.Append("<li><a href=\"").Append(StatusPage.ProgzLink("?prog=", program.Name)).Append("\">")
                    .Append(StatusPage.Html(program.Name)).Append("</a></li>");
            }

            return Replies.TextAsync(context, StatusCodes.Status200OK, Replies.Html, list.Append("</ul>").ToString());
        }

        var found = loaded.FirstOrDefault(p => p.Name == wanted);
        if (found is null)
        {
            return Replies.ErrorAsync(context, StatusCodes.Status404NotFound, "No program found");
        }

        var description = found.Description;
        if (description.Length > 0 && !description.EndsWith('\n'))
        {
            description += "\n";
        }

        return Replies.TextAsync(context, StatusCodes.Status200OK, Replies.PlainText,
            description + "\nLast runtime error:\n" + found.LastRuntimeError);
    }

    public static Task HealthzAsync(HttpContext context) =>
        Replies.TextAsync(context, StatusCodes.Status200OK, Replies.PlainText, "ok\n");

    public Task ReadyzAsync(HttpContext context) => server.State.Ready
        ? Replies.TextAsync(context, StatusCodes.Status200OK, Replies.PlainText, "ready\n")
        : Replies.TextAsync(context, StatusCodes.Status503ServiceUnavailable, Replies.PlainText, "not ready\n");
}
