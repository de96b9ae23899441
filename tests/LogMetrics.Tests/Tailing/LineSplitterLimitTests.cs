using System.Text;
using LogMetrics.Tailing;

namespace LogMetrics.Tests.Tailing;

public sealed class LineSplitterLimitTests
{
    static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    static (List<string> Lines, LineSplitter Splitter) Split(int max, params byte[][] chunks)
    {
        var lines = new List<string>();
        var splitter = new LineSplitter(max);
        foreach (var chunk in chunks)
        {
            splitter.Feed(chunk, lines.Add);
        }
        splitter.Flush(lines.Add);
        return (lines, splitter);
    }

    [Fact]
    public void A_line_as_long_as_the_limit_is_whole()
    {
        var (lines, splitter) = Split(8, B("12345678\nab\n"));
        lines.Should().Equal("12345678", "ab");
        splitter.LinesCut.Should().Be(0);
    }

    [Fact]
    public void A_longer_line_is_cut_at_the_limit_and_its_rest_skipped_up_to_the_newline()
    {
        var (lines, splitter) = Split(8, B("123456789abc\nnext\n"));
        lines.Should().Equal("12345678", "next");
        splitter.LinesCut.Should().Be(1);
    }

    [Fact]
    public void A_line_cut_across_reads_skips_its_rest_in_later_reads()
    {
        var (lines, splitter) = Split(8, B("1234"), B("56789"), B("abcdef"), B("gh\nnext\n"));
        lines.Should().Equal("12345678", "next");
        splitter.LinesCut.Should().Be(1);
    }

    [Fact]
    public void A_cut_never_splits_a_character()
    {
        // "aaaaaa" + "é" (2 bytes) + "é": the limit of 7 falls inside the first é.
        var (lines, _) = Split(7, B("aaaaaaéé\n"));
        lines.Should().Equal("aaaaaa");
    }

    [Fact]
    public void An_endless_line_holds_no_more_than_the_limit()
    {
        var splitter = new LineSplitter(1024);
        var lines = new List<string>();
        var chunk = new byte[64 * 1024];
        chunk.AsSpan().Fill((byte)'x');
        for (var i = 0; i < 160; i++)
        {
            splitter.Feed(chunk, lines.Add);
            splitter.PendingBytes.Should().BeLessThanOrEqualTo(1024);
        }
        lines.Should().ContainSingle().Which.Should().Be(new string('x', 1024));
        splitter.Feed(B("\nafter\n"), lines.Add);
        lines.Should().HaveCount(2).And.EndWith("after");
        splitter.LinesCut.Should().Be(1);
    }

    [Fact]
    public void Skipping_to_the_next_line_drops_a_fragment()
    {
        var lines = new List<string>();
        var splitter = new LineSplitter(16);
        splitter.SkipToNextLine();
        splitter.Feed(B("tail of a line\nwhole\n"), lines.Add);
        lines.Should().Equal("whole");
    }

    [Fact]
    public void Flushing_ends_a_skip()
    {
        var (lines, _) = Split(4, B("toolong"));
        lines.Should().Equal("tool");
    }
}
