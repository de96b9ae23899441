using LogMetrics.Exporting.Exposition;
using LogMetrics.Exporting.Json;
using LogMetrics.Go;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Execution;
using LogMetrics.Runtime.Loading;
using LogMetrics.Tailing;
using Serilog;

namespace LogMetrics.Cli.OneShot;

/// <summary>
/// <c>-one_shot</c>: compiles every program (any failure aborts with exit 1 and no output), reads
/// every log from its start to its end, final partial line included, then prints the store as
/// mtail's JSON or as Prometheus text, then pushes it to <c>-push_gateway</c> if given. Binds no port.
/// </summary>
public sealed class OneShotMode(LogMetricsOptions options, TextWriter stdout, TextWriter stderr)
{
    readonly RuntimeErrorLog _errorLog = new(TimeProvider.System);

    public int Run()
    {
        var store = new MetricStore { MaxSeries = options.MaxSeries };
        if (LoadPrograms(store) is not { } programs)
        {
            return 1;
        }
        var progress = OneShotProgress.ForTerminal(stderr);
        RunLogs(new BatchRunner(programs), progress);
        progress?.Finish();
        _errorLog.Flush();
        SeriesOverflowReport.Warn(store);
        var exitCode = Print(store);
        return exitCode == 0 ? Batch.MetricsPush.PushAsync(options, store).GetAwaiter().GetResult() : exitCode;
    }

    List<CompiledProgram>? LoadPrograms(MetricStore store)
    {
        if (ProgramFiles.Find(options.Progs) is not { } files)
        {
            stderr.WriteLine($"stat {options.Progs}: no such file or directory");
            return null;
        }
        var runtimeOptions = new RuntimeOptions { Location = options.Timezone, SyslogUseCurrentYear = options.SyslogUseCurrentYear };
        var programs = new List<CompiledProgram>();
        foreach (var file in files)
        {
            var source = SourceText.Load(file);
            var compiled = MtailCompiler.Compile(source, LogMetricsModes.CompilerOptionsFrom(options));
            ProgramDump.Write(source.Name, compiled, LogMetricsModes.DumpsFrom(options), stderr);
            var result = ProgramLoader.Load(source, compiled, store, runtimeOptions);
            if (result.StoreError is { } storeError)
            {
                stderr.WriteLine(storeError);
                return null;
            }
            if (result.Program is not { } program)
            {
                ProgramLoader.WriteCompileErrors(result.Name, result.Diagnostics, stderr);
                return null;
            }
            if (options.VmLogsRuntimeErrors)
            {
                _errorLog.Attach(program);
            }
            programs.Add(program);
        }
        return programs;
    }

    // Globs are expanded once; logs that do not exist are skipped, as mtail does in one-shot mode.
    IEnumerable<string> ExpandLogs() =>
        options.Logs.SelectMany(pattern => GoGlob.Expand(pattern)).Select(Path.GetFullPath)
            .Where(File.Exists).Distinct(StringComparer.Ordinal);

    // Every log in turn, each line through every program in order. With several cores the top-level
    // pattern matching runs ahead on the others (ParallelLinePipeline); the results are the same.
    void RunLogs(BatchRunner runner, OneShotProgress? progress)
    {
        if (!ParallelLinePipeline.Pays(runner))
        {
            var programs = runner.Programs;
            foreach (var path in ExpandLogs())
            {
                ReadLog(path, progress, line =>
                {
                    foreach (var program in programs)
                    {
                        program.ProcessLine(line, path);
                    }
                });
            }
            return;
        }
        using var pipeline = new ParallelLinePipeline(runner);
        foreach (var path in ExpandLogs())
        {
            ReadLog(path, progress, line => pipeline.Add(line, path));
        }
        pipeline.Complete();
    }

    static void ReadLog(string path, OneShotProgress? progress, Action<string> onLine)
    {
        var splitter = new LineSplitter();
        try
        {
            using var stream = ProgressStream.Wrap(
                new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan), progress);
            splitter.Feed(stream, onLine);
        }
        catch (IOException e)
        {
            Log.Error("{Path}: {Error}", path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            Log.Error("{Path}: {Error}", path, e.Message);
        }
        splitter.Flush(onLine);
    }

    int Print(MetricStore store)
    {
        switch (options.OneShotFormat)
        {
            case "json":
                try
                {
                    OneShotJsonWriter.Write(store, stdout);
                    return 0;
                }
                catch (JsonExportException e)
                {
                    stderr.WriteLine(e.Message);
                    return 1;
                }
            case "prometheus":
                var result = PrometheusTextWriter.Write(store, stdout, new PrometheusWriterOptions
                {
                    EmitProgLabel = options.EmitProgLabel,
                    EmitTimestamps = options.EmitMetricTimestamp,
                });
                foreach (var warning in result.Warnings)
                {
                    Log.Warning("{Warning}", warning);
                }
                if (result.Error is { } error)
                {
                    stderr.WriteLine(error);
                    return 1;
                }
                return 0;
            default:
                stderr.WriteLine($"unsupported format: \"{options.OneShotFormat}\"");
                return 1;
        }
    }
}
