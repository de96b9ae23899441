using LogMetrics.Exporting.Json;
using LogMetrics.Exporting.Plaintext;
using LogMetrics.Server.Formats;
using Microsoft.AspNetCore.Http;

namespace LogMetrics.Server.Endpoints;

/// <summary>mtail's other dumps of the store: <c>/json</c>, <c>/varz</c> and <c>/graphite</c>.</summary>
internal sealed class DumpEndpoints(ServerContext server)
{
    public Task JsonAsync(HttpContext context)
    {
        string json;
        try
        {
            json = JsonArrayWriter.Render(server.State.Store);
        }
        catch (JsonExportException e)
        {
            // mtail: http.Error(w, err.Error(), 500), e.g. "json: unsupported value: NaN".
            return Replies.ErrorAsync(context, StatusCodes.Status500InternalServerError, e.Message);
        }

        return Replies.TextAsync(context, StatusCodes.Status200OK, Replies.Json, json);
    }

    public Task VarzAsync(HttpContext context) =>
        Replies.TextAsync(context, StatusCodes.Status200OK, Replies.PlainText,
            VarzWriter.Render(server.State.Store, server.Options.EmitProgLabel, server.Hostname));

    public Task GraphiteAsync(HttpContext context) =>
        Replies.TextAsync(context, StatusCodes.Status200OK, Replies.PlainText,
            GraphiteLines.Render(server.State.Store, server.Options.GraphitePrefix, includeText: true));
}
