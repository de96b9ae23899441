using LogMetrics.Metrics;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Exporting.Push;

/// <summary>The program every push test sends: labels, every kind (a float counter and an int timer among them,
/// which mtail 3.4's OTLP drops) and a histogram with two label sets, after four lines.</summary>
internal static class PushedProgram
{
    public const string Source = """
        counter requests_total by method, code
        counter ratio_total
        gauge last_size
        timer t_ms
        histogram latency_ms buckets 10, 50, 100 by method
        text last_user
        /^(?P<method>\S+) (?P<code>\d+) (?P<ms>\d+) (?P<size>\d+) (?P<user>\S+)$/ {
          requests_total[$method][$code]++
          ratio_total += 0.5
          last_size = $size
          t_ms = $ms
          latency_ms[$method] = $ms
          last_user = $user
        }
        """;

    /// <summary>GET latencies 5, 70 and 30 fall in (0,10], (50,100] and (10,50]; POST's 120 above 100.</summary>
    public static readonly string[] Lines =
    [
        "GET 200 5 100 alice",
        "GET 200 70 200 bob",
        "POST 500 120 300 carol",
        "GET 404 30 400 dave",
    ];

    /// <summary>The store after <see cref="Lines"/>, every datum stamped <paramref name="now"/> (whole seconds).</summary>
    public static MetricStore Store(DateTimeOffset now) => Harness(now).Store;

    /// <summary>The loaded program after <see cref="Lines"/>, to feed more.</summary>
    public static ProgramHarness Harness(DateTimeOffset now) =>
        ProgramHarness.Load(Source, "test.mtail", clock: new FixedClock(now)).Feed(Lines);

    /// <summary>Now, truncated to the second: receivers keep whole seconds.</summary>
    public static DateTimeOffset Now() => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    /// <summary>What every plaintext exporter sends for the store, by series name (prefix and program not
    /// included); histograms are sent as their sum.</summary>
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["last_size"] = "400",
        ["latency_ms.method.GET"] = "105",
        ["latency_ms.method.POST"] = "120",
        ["ratio_total"] = "2",
        ["requests_total.code.200.method.GET"] = "2",
        ["requests_total.code.500.method.POST"] = "1",
        ["requests_total.code.404.method.GET"] = "1",
        ["t_ms"] = "30",
    };
}
