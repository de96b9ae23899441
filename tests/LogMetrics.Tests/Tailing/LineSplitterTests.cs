using System.Text;
using LogMetrics.Tailing;

namespace LogMetrics.Tests.Tailing;

public sealed class LineSplitterTests
{
    static List<string> Split(params byte[][] chunks)
    {
        var lines = new List<string>();
        var splitter = new LineSplitter();
        foreach (var chunk in chunks)
        {
            splitter.Feed(chunk, lines.Add);
        }
        splitter.Flush(lines.Add);
        return lines;
    }

    static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Lines_end_at_newlines_and_the_last_partial_line_is_kept()
    {
        Split(B("a\nbb\nccc")).Should().Equal("a", "bb", "ccc");
    }

    [Fact]
    public void A_final_newline_does_not_make_an_empty_line()
    {
        Split(B("a\nb\n")).Should().Equal("a", "b");
    }

    [Fact]
    public void Empty_lines_are_lines()
    {
        Split(B("\n\nx\n")).Should().Equal("", "", "x");
    }

    [Fact]
    public void Every_carriage_return_is_dropped_as_mtail_rc50_does()
    {
        Split(B("a\r\nb\rc\r\n")).Should().Equal("a", "bc");
    }

    [Fact]
    public void A_line_split_across_reads_is_joined()
    {
        Split(B("hel"), B("lo\nwor"), B("ld\n")).Should().Equal("hello", "world");
    }

    [Fact]
    public void A_multibyte_character_split_across_reads_is_decoded_whole()
    {
        var bytes = B("café\n");
        Split(bytes[..4], bytes[4..]).Should().Equal("café");
    }

    [Fact]
    public void Invalid_utf8_becomes_the_replacement_character_and_reading_goes_on()
    {
        // mtail rc50 stops reading the file at the first invalid byte; logmetrics reads on (docs/compatibility.md).
        Split([.. B("before\nab"), 0xFF, .. B("cd\nafter\n")]).Should().Equal("before", "ab\uFFFDcd", "after");
    }

    [Fact]
    public void A_nul_byte_is_part_of_the_line()
    {
        Split([(byte)'a', 0, (byte)'b', (byte)'\n']).Should().Equal("a\0b");
    }

    [Fact]
    public void A_line_much_longer_than_the_read_buffer_is_read_whole()
    {
        var line = new string('x', 1_000_000);
        Split(B(line + "\n")).Should().ContainSingle().Which.Length.Should().Be(1_000_000);
    }

    [Fact]
    public void Reading_a_stream_flushes_nothing_until_asked()
    {
        var lines = new List<string>();
        var splitter = new LineSplitter();
        splitter.Feed(new MemoryStream(B("one\ntwo")), lines.Add);
        lines.Should().Equal("one");
        splitter.PendingBytes.Should().Be(3);
        splitter.Flush(lines.Add);
        lines.Should().Equal("one", "two");
    }
}
