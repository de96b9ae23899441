using LogMetrics.Language.Text;

namespace LogMetrics.Benchmarks;

/// <summary>
/// The mtail programs the benchmarks compile and run. examples/ had no programs when the benchmarks
/// were written, so three representative ones are embedded; any <c>examples/*.mtail</c> found in the
/// repository is added to the compile benchmark under its file name.
/// </summary>
public static class BenchmarkPrograms
{
    /// <summary>Apache "combined" format: 13 capture groups, strptime, two counters with three keys.</summary>
    public const string ApacheCombinedName = "apache_combined";

    /// <summary>The GPU-job program: one float capture assigned to a scalar gauge.</summary>
    public const string GpuDurationName = "gpu_duration";

    /// <summary>A line counter: <c>/$/</c> and a scalar counter.</summary>
    public const string LineCountName = "linecount";

    public const string ApacheCombined = """
        # Apache "combined" access log: %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i"
        counter apache_http_requests_total by request_method, http_version, request_status
        counter apache_http_bytes_total by request_method, http_version, request_status

        /^/ +
        /(?P<hostname>[0-9A-Za-z\.:-]+) / +
        /(?P<remote_logname>[0-9A-Za-z-]+) / +
        /(?P<remote_username>[0-9A-Za-z-]+) / +
        /\[(?P<timestamp>\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} (\+|-)\d{4})\] / +
        /"(?P<request_method>[A-Z]+) (?P<URI>\S+) (?P<http_version>HTTP\/[0-9\.]+)" / +
        /(?P<request_status>\d{3}) / +
        /((?P<response_size>\d+)|-) / +
        /"(?P<referer>\S+)" / +
        /"(?P<user_agent>[[:print:]]+)"/ +
        /$/ {
          strptime($timestamp, "02/Jan/2006:15:04:05 -0700")

          apache_http_requests_total[$request_method][$http_version][$request_status]++
          $response_size > 0 {
            apache_http_bytes_total[$request_method][$http_version][$request_status] += $response_size
          }
        }

        """;

    public const string GpuDuration = """
        gauge duration
        /(?P<dur>[0-9]+[.][0-9]+)/ {
          duration = float($dur)
        }

        """;

    public const string LineCount = """
        counter lines_total
        /$/ {
          lines_total++
        }

        """;

    static readonly Lazy<IReadOnlyDictionary<string, SourceText>> All = new(Load);

    /// <summary>Every program by name: the embedded ones, then <c>examples/NAME.mtail</c>.</summary>
    public static IReadOnlyDictionary<string, SourceText> Sources => All.Value;

    public static SourceText Get(string name) => Sources[name];

    static Dictionary<string, SourceText> Load()
    {
        var programs = new Dictionary<string, SourceText>(StringComparer.Ordinal)
        {
            [ApacheCombinedName] = SourceText.From(ApacheCombinedName + ".mtail", ApacheCombined),
            [GpuDurationName] = SourceText.From(GpuDurationName + ".mtail", GpuDuration),
            [LineCountName] = SourceText.From(LineCountName + ".mtail", LineCount),
        };
        if (FindExamples() is { } examples)
        {
            foreach (var file in Directory.EnumerateFiles(examples, "*.mtail").Order(StringComparer.Ordinal))
            {
                programs["examples/" + Path.GetFileName(file)] = SourceText.Load(file);
            }
        }

        return programs;
    }

    // BenchmarkDotNet runs each benchmark from a generated project under this project's bin/, so the
    // repository is found by walking up to the directory that holds LogMetrics.sln.
    static string? FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogMetrics.sln")))
            {
                var examples = Path.Combine(dir.FullName, "examples");
                return Directory.Exists(examples) ? examples : null;
            }
        }

        return null;
    }
}
