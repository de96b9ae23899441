using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LogMetrics.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/LogMetrics.Benchmarks -- --filter '*'</c>.
/// Without a <c>--job</c> option a short job runs (1 launch, 3 warm-ups, 5 iterations): the machine is
/// shared, so keep runs short and run one class at a time (<c>--filter '*LabelLookup*'</c>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        IConfig config = DefaultConfig.Instance
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40))
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        if (!args.Any(a => a is "--job" or "-j" or "--runtimes" or "-r"))
        {
            config = config.AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithId("Short5"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
