using System.Globalization;

namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>Logs no one should write, read by the real process: random bytes, NUL bytes, invalid UTF-8, a
/// 100 MB line, and a program whose regex backtracks catastrophically on them. The process must survive,
/// count the ordinary lines among them exactly, and keep its memory bounded (the tailer cuts lines at 1 MiB).</summary>
public sealed class HostileInputTests
{
    const string Count = """
        counter lines_total
        counter line_number_sum
        /^line (?P<n>\d+)$/ {
          lines_total++
          line_number_sum += $n
        }
        """;

    // Exponential for a backtracking engine on a long run of one letter with no final match.
    const string Catastrophic = """
        counter runs by run
        /(a+)+$/ {
          runs[$1]++
        }
        /(x+x+)+y/ {
          runs[$1]++
        }
        """;

    [Fact]
    public async Task A_hundred_megabyte_line_is_cut_memory_stays_bounded_and_the_lines_after_it_count()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", Count);
        scratch.WriteProgram("catastrophic.mtail", Catastrophic);
        var log = scratch.PathOf("huge.log");
        File.WriteAllBytes(log, []);
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        await using (var file = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            await file.WriteAsync("line 1\n"u8.ToArray(), TestContext.Current.CancellationToken);
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < 100; i++)
            {
                await file.WriteAsync(block, TestContext.Current.CancellationToken);
            }
            await file.WriteAsync("!\nline 2\nline 3\n"u8.ToArray(), TestContext.Current.CancellationToken);
        }

        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"count.mtail\"}", 3, TimeSpan.FromSeconds(60));
        MetricsText.Value(scrape, "line_number_sum{prog=\"count.mtail\"}").Should().Be(6);
        MetricsText.Value(scrape, $"logmetrics_log_lines_cut_total{{logfile=\"{log}\"}}").Should().Be(1);
        // The first MiB of a's is the cut line, which /(a+)+$/ matches; the rest up to "!" is skipped.
        scrape.Split('\n').Where(l => l.StartsWith("runs{", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().EndWith("} 1").And.HaveLength("runs{prog=\"catastrophic.mtail\",run=\"\"} 1".Length + (1 << 20));
        PeakResidentKib(daemon.Process).Should().BeLessThan(300 * 1024,
            "a 100 MB line held whole would take 300 MB (bytes plus UTF-16 chars); the tailer cuts it at 1 MiB");
    }

    [Fact]
    public async Task Random_bytes_nuls_and_invalid_utf8_between_lines_are_survived_and_the_lines_still_count()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("count.mtail", Count);
        scratch.WriteProgram("catastrophic.mtail", Catastrophic);
        var log = scratch.PathOf("app.log");
        File.WriteAllBytes(log, []);
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);

        var random = new Random(7);
        long expectedSum = 0;
        await using (var file = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            for (var n = 1; n <= 200; n++)
            {
                var junk = new byte[random.Next(0, 3000)];
                random.NextBytes(junk);
                for (var i = 0; i < junk.Length; i++)
                {
                    // No newline inside the junk, so it stays on its own line(s) around the numbered ones.
                    junk[i] = junk[i] == (byte)'\n' ? (byte)0 : junk[i];
                }
                await file.WriteAsync(junk, TestContext.Current.CancellationToken);
                await file.WriteAsync(Hostile, TestContext.Current.CancellationToken);
                await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"line {n}\n"), TestContext.Current.CancellationToken);
                expectedSum += n;
            }
        }

        var scrape = await daemon.WaitForValueAsync("lines_total{prog=\"count.mtail\"}", 200, TimeSpan.FromSeconds(60));
        MetricsText.Value(scrape, "line_number_sum{prog=\"count.mtail\"}").Should().Be(expectedSum);
        MetricsText.Value(scrape, "mtail_prog_runtime_errors_total{prog=\"catastrophic.mtail\"}").GetValueOrDefault().Should().Be(0);
        using var health = await daemon.Http.GetAsync(new Uri("healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        health.IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task Program_names_and_log_paths_with_markup_are_escaped_on_the_status_page()
    {
        using var scratch = new Scratch();
        scratch.WriteProgram("<img src=x onerror=alert(1)>.mtail", Count);
        var log = scratch.PathOf("<script>alert(1)<.log");
        await File.WriteAllTextAsync(log, "", TestContext.Current.CancellationToken);
        await using var daemon = await DaemonProcess.StartAsync(scratch.Root, "-progs", scratch.Progs, "-logs", log);
        await File.AppendAllTextAsync(log, "line 1\n", TestContext.Current.CancellationToken);
        await daemon.WaitForValueAsync("lines_total{prog=\"<img src=x onerror=alert(1)>.mtail\"}", 1);

        var page = await daemon.Http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        page.Should().Contain("&lt;script&gt;alert(1)&lt;.log").And.Contain("&lt;img src=x onerror=alert(1)&gt;.mtail")
            .And.NotContain("<script").And.NotContain("<img");
    }

    // A NUL, bytes that are never UTF-8, a truncated sequence, an encoded surrogate, and a run of a's for the
    // catastrophic patterns, on a line of their own.
    static readonly byte[] Hostile =
        [(byte)'\n', 0, 0xFF, 0xFE, (byte)' ', 0xC3, 0x28, (byte)' ', 0xED, 0xA0, 0x80, (byte)' ',
         .. System.Text.Encoding.ASCII.GetBytes(new string('a', 40) + "! " + new string('x', 40)), (byte)'\n'];

    // VmHWM: the most resident memory the process has had so far.
    static long PeakResidentKib(ChildProcess process)
    {
        var line = File.ReadAllLines($"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status")
            .Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
