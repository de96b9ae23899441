using System.Buffers.Text;
using System.Text;

namespace LogMetrics.Exporting.Push;

/// <summary>
/// A Pushgateway group: the job name and grouping labels, written as the gateway's URL path
/// <c>/metrics/job/&lt;job&gt;/&lt;name&gt;/&lt;value&gt;…</c>.
/// </summary>
/// <remarks>
/// Values are percent-escaped. A value with a <c>/</c> cannot be escaped (the gateway's router
/// splits the path before unescaping), so it takes the gateway's base64 form
/// <c>&lt;name&gt;@base64/&lt;base64url&gt;</c>; an empty value, which would leave an empty path
/// segment, is <c>&lt;name&gt;@base64/=</c>.
/// </remarks>
public sealed record PushgatewayGroup(string Job, IReadOnlyList<KeyValuePair<string, string>> Labels)
{
    /// <summary>The group's URL under <paramref name="gateway"/> (whose own path, if any, is kept as a prefix).</summary>
    public Uri UriUnder(Uri gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var path = new StringBuilder(gateway.AbsolutePath.TrimEnd('/')).Append("/metrics");
        AppendPair(path, "job", Job);
        foreach (var (name, value) in Labels)
        {
            AppendPair(path, name, value);
        }
        return new UriBuilder(gateway) { Path = path.ToString(), Query = "", Fragment = "" }.Uri;
    }

    static void AppendPair(StringBuilder path, string name, string value)
    {
        if (value.Length == 0 || value.Contains('/', StringComparison.Ordinal))
        {
            var encoded = value.Length == 0 ? "=" : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value));
            path.Append('/').Append(name).Append("@base64/").Append(encoded);
        }
        else
        {
            path.Append('/').Append(name).Append('/').Append(Uri.EscapeDataString(value));
        }
    }
}
