using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LogMetrics.Server.Endpoints;

/// <summary>What a scrape asked for: OpenMetrics or text 0.0.4, gzip or not (client_golang's promhttp rules).</summary>
internal readonly record struct ScrapeNegotiation(string? OpenMetricsVersion, bool Gzip)
{
    public const string OpenMetricsType = "application/openmetrics-text";

    public static ScrapeNegotiation From(HttpRequest request, bool openMetricsEnabled) =>
        new(openMetricsEnabled ? OpenMetricsVersionFor(request) : null, AcceptsGzip(request));

    // The most preferred acceptable type decides; text 0.0.4 is the fallback for anything else.
    private static string? OpenMetricsVersionFor(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return null;
        }

        foreach (var type in accepted.OrderByDescending(t => t.Quality ?? 1.0))
        {
            if (type.Quality == 0)
            {
                continue;
            }

            if (type.MediaType.Equals(OpenMetricsType, StringComparison.OrdinalIgnoreCase))
            {
                var version = NameValueHeaderValue.Find(type.Parameters, "version")?.Value.Value;
                if (version is null or "1.0.0" or "0.0.1")
                {
                    return version ?? "1.0.0";
                }

                continue;
            }

            if (type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes)
            {
                return null;
            }
        }

        return null;
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var encodings)
        && encodings.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality != 0);
}
