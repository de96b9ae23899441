namespace LogMetrics.Tests.Integration.Daemon;

/// <summary>Bounded waits: check a condition every 100 ms, and fail with the last thing seen.</summary>
public static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Calls <paramref name="look"/> until it returns a value that satisfies <paramref name="done"/>
    /// and returns that value; fails the test with <paramref name="what"/> and the last value (or
    /// exception) after the timeout.
    /// </summary>
    public static async Task<T> UntilAsync<T>(string what, Func<Task<T>> look, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        object? last = "nothing yet";
        while (true)
        {
            try
            {
                var value = await look();
                if (done(value))
                {
                    return value;
                }
                last = value;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                last = e.Message;
            }
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Timed out after {timeout ?? DefaultTimeout} waiting for {what}; last seen:\n{last}");
            }
            await Task.Delay(Interval, TestContext.Current.CancellationToken);
        }
    }
}
