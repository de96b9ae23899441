using LogMetrics.Cli;
using LogMetrics.Cli.GoFlags;
using Serilog.Events;

namespace LogMetrics.Tests.Cli;

public sealed class LogLevelsTests
{
    [Theory]
    [InlineData(new string[0], LogEventLevel.Error)]
    [InlineData(new[] { "-stderrthreshold=WARNING" }, LogEventLevel.Warning)]
    [InlineData(new[] { "-stderrthreshold=INFO" }, LogEventLevel.Information)]
    [InlineData(new[] { "-stderrthreshold=FATAL" }, LogEventLevel.Fatal)]
    [InlineData(new[] { "-stderrthreshold=9" }, LogEventLevel.Fatal)]
    [InlineData(new[] { "-logtostderr" }, LogEventLevel.Information)]
    [InlineData(new[] { "-alsologtostderr", "-stderrthreshold=FATAL" }, LogEventLevel.Information)]
    [InlineData(new[] { "-logtostderr", "-v=1" }, LogEventLevel.Debug)]
    [InlineData(new[] { "-logtostderr", "-v=3" }, LogEventLevel.Verbose)]
    [InlineData(new[] { "-v=3" }, LogEventLevel.Error)]
    public void Glog_flags_choose_the_lowest_level_that_reaches_stderr(string[] args, LogEventLevel level)
    {
        LogLevels.MinimumLevel(CliRunner.Options(args)).Should().Be(level);
    }

    [Fact]
    public void A_negative_threshold_counts_as_info()
    {
        LogLevels.MinimumLevel(LogMetricsOptions.Defaults with { StderrThreshold = (GlogSeverity)(-1) })
            .Should().Be(LogEventLevel.Information);
    }
}
