using System.Globalization;
using System.Text;

namespace LogMetrics.Benchmarks;

/// <summary>
/// Deterministic benchmark input (fixed seeds): lines shaped like the reference logs of
/// /work/shared/reference/performance-baseline.md, generated here so no corpus file is copied in.
/// </summary>
public static class LogLines
{
    static readonly string[] Methods = ["GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "HEAD"];
    static readonly string[] Versions = ["HTTP/1.1", "HTTP/1.1", "HTTP/1.0", "HTTP/2.0"];
    static readonly string[] Statuses = ["200", "200", "200", "200", "200", "304", "301", "404", "404", "500", "503"];
    static readonly string[] Paths = ["/api/config", "/api/pools", "/api/categories", "/index.html", "/static/app.js", "/products", "/search", "/login"];
    static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    static readonly string[] Referers = ["-", "https://www.example.com/", "https://fubarservice.example.com/", "https://search.example.org/?q=widgets"];
    static readonly string[] Agents =
    [
        "libcurl",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
        "Go-http-client/1.1",
    ];

    static readonly DateTime Start = new(2018, 3, 23, 12, 31, 1, DateTimeKind.Utc);

    /// <summary>Apache combined lines (~170 chars), one second apart as in the corpus log (so each
    /// timestamp is new to strptime's memo); <paramref name="dashShare"/> of them have a <c>-</c> size,
    /// which is a runtime error in apache_combined (<c>$response_size &gt; 0</c> on an empty group), as in mtail.</summary>
    public static string[] ApacheCombined(int count, double dashShare = 0.1, int seed = 42)
    {
        var random = new Random(seed);
        var lines = new string[count];
        var text = new StringBuilder(256);
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var inv = CultureInfo.InvariantCulture;
            text.Append(inv, $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)} - ");
            text.Append(random.Next(10) == 0 ? "alice" : "-");
            text.Append(" [").Append(Start.AddSeconds(i).ToString("dd/MMM/yyyy:HH:mm:ss", inv)).Append(" +0000] ");
            text.Append(inv, $"\"{Pick(random, Methods)} {Pick(random, Paths)}/{random.Next(100_000)} {Pick(random, Versions)}\" {Pick(random, Statuses)} ");
            if (random.NextDouble() < dashShare)
            {
                text.Append('-');
            }
            else
            {
                text.Append(inv, $"{random.Next(1, 100_000)}");
            }

            text.Append(inv, $" \"{Pick(random, Referers)}\" \"{Pick(random, Agents)}\"");
            lines[i] = text.ToString();
        }

        return lines;
    }

    /// <summary>Syslog-style lines (~90 chars) that no apache_combined pattern matches, and that hold no float.</summary>
    public static string[] Syslog(int count, int seed = 43)
    {
        var random = new Random(seed);
        var lines = new string[count];
        for (var i = 0; i < count; i++)
        {
            lines[i] = string.Create(
                CultureInfo.InvariantCulture,
                $"{Months[random.Next(12)]} {random.Next(1, 29),2} {random.Next(24):00}:{random.Next(60):00}:{random.Next(60):00} host{random.Next(8)} sshd[{random.Next(1000, 65000)}]: Accepted publickey for user{random.Next(50)} from 10.0.{random.Next(256)}.{random.Next(256)} port {random.Next(1024, 65535)}");
        }

        return lines;
    }

    /// <summary>GPU-job log lines (~17 chars, 4-line blocks); only the last line of a block holds a float duration.</summary>
    public static string[] GpuJobs(int count, int seed = 44)
    {
        var random = new Random(seed);
        var lines = new string[count];
        for (var i = 0; i < count; i++)
        {
            var job = i / 4;
            lines[i] = (i % 4) switch
            {
                0 => string.Create(CultureInfo.InvariantCulture, $"job {job} queued"),
                1 => string.Create(CultureInfo.InvariantCulture, $"job {job} gpu {random.Next(8)}"),
                2 => string.Create(CultureInfo.InvariantCulture, $"job {job} running"),
                _ => string.Create(CultureInfo.InvariantCulture, $"job {job} took {random.NextDouble() * 1000:0.000000}"),
            };
        }

        return lines;
    }

    /// <summary>GPU-job lines that all hold a float duration (every line matches gpu_duration).</summary>
    public static string[] GpuDurations(int count, int seed = 45)
    {
        var random = new Random(seed);
        var lines = new string[count];
        for (var i = 0; i < count; i++)
        {
            lines[i] = string.Create(CultureInfo.InvariantCulture, $"job {i} took {random.NextDouble() * 1000:0.000000}");
        }

        return lines;
    }

    /// <summary>GPU-job lines without a float (no line matches gpu_duration).</summary>
    public static string[] GpuNoDuration(int count, int seed = 46)
    {
        var random = new Random(seed);
        var lines = new string[count];
        for (var i = 0; i < count; i++)
        {
            lines[i] = string.Create(CultureInfo.InvariantCulture, $"job {i} gpu {random.Next(8)} queued");
        }

        return lines;
    }

    /// <summary>Joins lines with <c>\n</c> (and a final newline) into UTF-8 bytes.</summary>
    public static byte[] ToUtf8(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
