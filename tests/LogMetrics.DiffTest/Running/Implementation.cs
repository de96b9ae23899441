using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LogMetrics.DiffTest.Running;

/// <summary>What one run of an implementation printed, and how it ended.</summary>
public sealed record RunResult(int ExitCode, string Stdout, string Stderr, bool TimedOut)
{
    /// <summary>The first compile error line ("file:line:col: message"), without glog's prefixes.</summary>
    public string? FirstCompileError
    {
        get
        {
            var lines = Implementation.StripGlog(Stderr + "\n" + Stdout).Split('\n');
            var at = Array.FindIndex(lines, l => l.StartsWith("compile failed for", StringComparison.Ordinal));
            return at >= 0 && at + 1 < lines.Length ? lines[at + 1].Trim() : null;
        }
    }

    /// <summary>An unhandled .NET exception: always a finding, whatever mtail did.</summary>
    public bool Crashed => Stderr.Contains("Unhandled exception", StringComparison.Ordinal);
}

/// <summary>An mtail-compatible binary, run in one-shot or compile-only mode in a case directory.</summary>
public sealed partial class Implementation(string name, string path)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public string Name { get; } = name;

    public string Path { get; } = path;

    public RunResult OneShot(string dir, string format) =>
        Run(dir, "-one_shot", "-one_shot_format", format, "-logtostderr", "-port", "0", "-logs", "in.log", "-progs", "progs");

    // mtail listens on its port even in these modes: -port 0, or parallel runs fail to bind 3903.
    public RunResult CompileOnly(string dir) => Run(dir, "-compile_only", "-logtostderr", "-port", "0", "-progs", "progs");

    RunResult Run(string dir, params string[] args)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["TZ"] = "UTC";
        start.Environment["TMPDIR"] = dir;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Path}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new RunResult(-1, stdout.Result, stderr.Result, TimedOut: true);
        }
        return new RunResult(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
    }

    /// <summary>Removes glog's "E1208 00:25:09.137581   19503 main.go:226] " line prefixes.</summary>
    public static string StripGlog(string text) => GlogPrefix().Replace(text, "");

    [GeneratedRegex(@"^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^\]]+\] ", RegexOptions.Multiline)]
    private static partial Regex GlogPrefix();

    /// <summary>Finds a program on PATH, as a shell would; null when it is not there.</summary>
    public static string? FindOnPath(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? System.IO.Path.GetFullPath(program) : null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
