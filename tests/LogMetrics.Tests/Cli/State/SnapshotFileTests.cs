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

    // Rewrites the body with a valid header: only the content is wrong.
    void WriteWithValidChecksum(Func<string, string> edit)
    {
        SnapshotFile.Write(_dir, Sample());
        var path = SnapshotFile.PathIn(_dir);
        var text = File.ReadAllText(path);
        var body = System.Text.Encoding.UTF8.GetBytes(edit(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes($"logmetrics-checkpoint {StateSnapshot.CurrentVersion} sha256:{hash}\n"), .. body]);
    }

    [Theory]
    [InlineData("\"Offset\":8192", "\"Offset\":-1", "Logs[0].Offset is -1")]
    [InlineData("\"Logs\":[{", "\"Logs\":[null,{", "Logs[0] is null")]
    [InlineData("\"Metrics\":[{", "\"Metrics\":[null,{", "Metrics[0] is null")]
    [InlineData("\"Path\":\"/var/log/app.log\"", "\"Path\":null", "Logs[0].Path is empty")]
    [InlineData("\"FingerprintLength\":1024", "\"FingerprintLength\":-5", "Logs[0].FingerprintLength is -5")]
    [InlineData("\"RangeCounts\":[1,0,2]", "\"RangeCounts\":[1,0]", "Metrics[0].Data[0] does not hold the histogram's 3 ranges")]
    [InlineData("\"Labels\":[]", "\"Labels\":[\"x\"]", "Metrics[0].Data[0].Labels does not match the 0 keys")]
    [InlineData("\"Patterns\":[\"/var/log/*.log\"]", "\"Patterns\":[null]", "Patterns[0] is empty")]
    public void A_checkpoint_with_a_valid_checksum_but_impossible_content_is_refused(string find, string replace, string reason)
    {
        WriteWithValidChecksum(body =>
        {
            body.Should().Contain(find);
            return body.Replace(find, replace, StringComparison.Ordinal);
        });

        SnapshotFile.TryRead(_dir, out var read, out var error).Should().BeFalse();
        read.Should().BeNull();
        error.Should().EndWith("invalid checkpoint: " + reason);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
