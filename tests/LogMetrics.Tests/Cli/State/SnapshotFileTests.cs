using LogMetrics.Cli.State;
using LogMetrics.Metrics;
using LogMetrics.Metrics.Snapshots;
using LogMetrics.Tailing;

namespace LogMetrics.Tests.Cli.State;

public sealed class SnapshotFileTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("logmetrics-state-").FullName;

    static StateSnapshot Sample() => new(
        StateSnapshot.CurrentVersion,
        new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
        ["/var/log/*.log"],
        [new LogCheckpoint("/var/log/app.log", "/var/log/app.log", 2049, 1234567, 8192, 1024, "AB12")],
        [new MetricSnapshot("latency", "p.mtail", MetricKind.Histogram, MetricValueType.Buckets, [], [1, 2],
            [new DatumSnapshot([], 5, 0, RangeCounts: [1, 0, 2], Count: 3, Sum: double.PositiveInfinity)])]);

    [Fact]
    public void A_written_checkpoint_reads_back_equal_and_leaves_no_temporary_file()
    {
        SnapshotFile.Write(_dir, Sample());
        SnapshotFile.TryRead(_dir, out var read, out var error).Should().BeTrue(error);
        read.Should().BeEquivalentTo(Sample());
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().Equal(SnapshotFile.FileName);
    }

    [Fact]
    public void No_checkpoint_is_not_an_error()
    {
        SnapshotFile.TryRead(_dir, out var read, out var error).Should().BeFalse();
        (read, error).Should().Be((null, null));
    }

    [Theory]
    [InlineData("flipped byte", "checksum mismatch")]
    [InlineData("truncated", "checksum mismatch")]
    [InlineData("garbage", "bad header")]
    [InlineData("empty", "bad header")]
    public void A_damaged_checkpoint_is_refused_with_the_reason(string damage, string reason)
    {
        SnapshotFile.Write(_dir, Sample());
        var path = SnapshotFile.PathIn(_dir);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "flipped byte" => [.. bytes[..^10], (byte)(bytes[^10] ^ 1), .. bytes[^9..]],
            "truncated" => bytes[..(bytes.Length / 2)],
            "garbage" => "\x7fELF not a checkpoint\n{}"u8.ToArray(),
            _ => [],
        });
        SnapshotFile.TryRead(_dir, out var read, out var error).Should().BeFalse();
        read.Should().BeNull();
        error.Should().StartWith(path + ": ").And.Contain(reason);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
