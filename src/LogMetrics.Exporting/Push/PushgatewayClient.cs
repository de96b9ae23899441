using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using LogMetrics.Exporting.Exposition;

namespace LogMetrics.Exporting.Push;

/// <summary>
/// Pushes Prometheus text to a Pushgateway group with <c>PUT</c>, which replaces everything the
/// group held: a batch job's final push is the whole truth about its run.
/// </summary>
public static class PushgatewayClient
{
    /// <summary>Pushes <paramref name="text"/>; returns null on success, else what went wrong.</summary>
    public static async Task<string?> PutAsync(HttpClient http, Uri group, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(PrometheusScrape.ContentType);
        try
        {
            using var response = await http.PutAsync(group, content, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return $"{(int)response.StatusCode} {response.ReasonPhrase}: {body.Trim()}";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return string.Create(CultureInfo.InvariantCulture, $"no answer within {http.Timeout.TotalSeconds:0.###}s");
        }
    }
}
