namespace LogMetrics.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Test_project_runs() => Assert.Equal(2, 1 + 1);
}
