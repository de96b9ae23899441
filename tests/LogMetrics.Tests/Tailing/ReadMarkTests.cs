using LogMetrics.Tailing.Files;

namespace LogMetrics.Tests.Tailing;

public sealed class ReadMarkTests : IDisposable
{
    readonly string _path = Path.GetTempFileName();

    public void Dispose() => File.Delete(_path);

    bool StillThere(ReadMark mark, long offset)
    {
        using var handle = File.OpenHandle(_path);
        return mark.StillThere(handle, offset);
    }

    [Fact]
    public void Small_reads_are_remembered_together_up_to_the_last_64_bytes()
    {
        var bytes = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(_path, bytes);
        var mark = new ReadMark();
        for (var i = 0; i < 100; i += 7)
        {
            mark.Remember(bytes.AsSpan(i, Math.Min(7, 100 - i)));
        }
        StillThere(mark, 100).Should().BeTrue();

        bytes[10] = 0xFF;
        File.WriteAllBytes(_path, bytes);
        StillThere(mark, 100).Should().BeTrue("byte 10 is before the last 64");

        bytes[40] = 0xFF;
        File.WriteAllBytes(_path, bytes);
        StillThere(mark, 100).Should().BeFalse();
    }

    [Fact]
    public void Nothing_remembered_is_always_still_there()
    {
        File.WriteAllText(_path, "anything");
        StillThere(new ReadMark(), 8).Should().BeTrue();
    }
}
