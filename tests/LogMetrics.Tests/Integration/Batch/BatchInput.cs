using System.Text;

namespace LogMetrics.Tests.Integration.Batch;

/// <summary>
/// A batch job's output with every awkward byte sequence a pipe may carry, and the program and
/// metric values it must give.
/// </summary>
public static class BatchInput
{
    public const string Program = """
        counter lines_total
        counter requests_total by code
        histogram latency_ms buckets 10, 100, 1000

        /$/ {
          lines_total++
        }

        /^req (?P<code>\d+) (?P<ms>\d+)$/ {
          requests_total[$code]++
          latency_ms = $ms
        }
        """;

    /// <summary>
    /// A CRLF line, invalid UTF-8, <paramref name="pairs"/> pairs of requests (200 in 5 ms, 500 in
    /// 50 ms), a 2.5 MiB line (over the tailer's 1 MiB line limit), and a last request line without
    /// a newline.
    /// </summary>
    public static byte[] Bytes(int pairs)
    {
        var bytes = new MemoryStream();
        void Add(string ascii) => bytes.Write(Encoding.ASCII.GetBytes(ascii));
        Add("req 200 5\r\n");
        bytes.Write([0xff, 0xfe, (byte)' ', 0xc3, 0x28, (byte)'\n']);
        for (var i = 0; i < pairs; i++)
        {
            Add("req 200 5\nreq 500 50\n");
        }
        Add(new string('x', 5 << 19) + "\n");
        Add("req 404 500");
        return bytes.ToArray();
    }

    public static long Lines(int pairs) => 2 + (2L * pairs) + 2;

    public static long Requests200(int pairs) => 1 + pairs;

    public static long Requests500(int pairs) => pairs;

    public static long LatencyCount(int pairs) => 2 + (2L * pairs);

    public static long LatencySum(int pairs) => 5 + (55L * pairs) + 500;
}
