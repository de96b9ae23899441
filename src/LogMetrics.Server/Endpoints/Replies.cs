using System.Text;
using Microsoft.AspNetCore.Http;

namespace LogMetrics.Server.Endpoints;

/// <summary>Writes whole responses with a Content-Length (HEAD gets the headers, Kestrel drops the body).</summary>
internal static class Replies
{
    public const string PlainText = "text/plain; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";
    public const string Json = "application/json";

    public static Task TextAsync(HttpContext context, int status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>Go's <c>http.Error</c>: the message and a newline as plain text, with nosniff.</summary>
    public static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TextAsync(context, status, PlainText, message + "\n");
    }
}
