using System.IO.Pipes;
using LogMetrics.Tests.Tailing;

namespace LogMetrics.Tests.Integration.Tailing;

/// <summary><c>-passthrough</c> at the tailer: standard input's bytes are copied as read, before lines are split.</summary>
public sealed class PassthroughTests
{
    [Fact]
    public async Task Every_byte_of_standard_input_is_copied_while_the_programs_get_split_lines()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        using var copy = new MemoryStream();
        await using var h = new TailerHarness(o => o with { OpenStandardInput = () => reader, Passthrough = copy, MaxLineBytes = 16 }, "-");
        byte[] input = [.. "crlf\r\n"u8, 0xff, 0xc3, (byte)'\n', .. "a line longer than sixteen bytes\n"u8, .. "no newline"u8];
        h.Poll();

        await writer.WriteAsync(input, TestContext.Current.CancellationToken);
        writer.Close();

        (await h.ReceiveAsync(4)).Select(l => l.Text).Should().Equal("crlf", "\uFFFD\uFFFD", "a line longer th", "no newline");
        copy.ToArray().Should().Equal(input);
        h.Status("-").LinesCut.Should().Be(1);
    }

    [Fact]
    public async Task A_copy_that_fails_is_reported_once_and_reading_goes_on()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        using var closed = new MemoryStream();
        closed.Close();
        await using var h = new TailerHarness(o => o with { OpenStandardInput = () => reader, Passthrough = closed }, "-");
        h.Poll();

        await writer.WriteAsync("one\n"u8.ToArray(), TestContext.Current.CancellationToken);
        (await h.ReceiveAsync(1)).Single().Text.Should().Be("one");
        await writer.WriteAsync("two\n"u8.ToArray(), TestContext.Current.CancellationToken);
        (await h.ReceiveAsync(1)).Single().Text.Should().Be("two");

        h.Errors.Should().ContainSingle().Which.Path.Should().Be("passthrough");
        h.Errors[0].Error.Message.Should().StartWith("cannot write to standard output (");
        h.Status("-").Errors.Should().Be(0, "the log itself is fine");
    }
}
