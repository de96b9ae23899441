using LogMetrics.Exporting.Otlp;

namespace LogMetrics.Tests.Exporting.Otlp;

public sealed class ReplayPlanTests
{
    static readonly double[] Bounds = [10, 50, 100];

    public static TheoryData<string, long[], double> Cases => new()
    {
        { "one per bucket, sum needs the top bucket to rise", [1, 1, 1, 1], 5 + 30 + 70 + 120 },
        { "only bounded buckets, sum below the upper edges", [0, 2, 3, 0], 2 * 20 + 3 * 60 },
        { "first bucket takes a negative sum", [4, 0, 0, 0], -17.5 },
        { "only the top bucket", [0, 0, 0, 2], 1000.25 },
        { "large counts", [0, 1000, 0, 0], 1000 * 49.5 },
        { "nothing", [0, 0, 0, 0], 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recordings_fill_exactly_the_bucket_counts_and_add_up_to_the_sum(string what, long[] deltas, double sum)
    {
        var plan = ReplayPlan.For(Bounds, deltas, sum);

        var counts = new long[deltas.Length];
        var total = 0.0;
        foreach (var (value, times) in plan)
        {
            counts[BucketOf(value)] += times;
            total += value * times;
        }

        counts.Should().Equal(deltas, what);
        total.Should().BeApproximately(sum, 1e-9, what);
    }

    // OpenTelemetry's explicit buckets: (-inf,10], (10,50], (50,100], (100,+inf).
    static int BucketOf(double value)
    {
        var i = 0;
        while (i < Bounds.Length && value > Bounds[i])
        {
            i++;
        }

        return i;
    }
}
