using LogMetrics.Tailing.Sources;

namespace LogMetrics.Tests.Tailing;

public sealed class LogPatternTests
{
    [Theory]
    [InlineData("-", nameof(LogPatternKind.Stdin), "-")]
    [InlineData("/dev/stdin", nameof(LogPatternKind.Stdin), "-")]
    [InlineData("/var/log/*.log", nameof(LogPatternKind.File), "/var/log/*.log")]
    [InlineData("file:///var/log/a.log", nameof(LogPatternKind.File), "/var/log/a.log")]
    [InlineData("unix:///run/app.sock", nameof(LogPatternKind.UnixStream), "/run/app.sock")]
    [InlineData("unixgram:///run/app.sock", nameof(LogPatternKind.UnixDatagram), "/run/app.sock")]
    [InlineData("tcp://127.0.0.1:5000", nameof(LogPatternKind.Tcp), "127.0.0.1:5000")]
    [InlineData("udp://:5000", nameof(LogPatternKind.Udp), ":5000")]
    public void Log_values_are_classified_as_mtail_does(string value, string kind, string target) =>
        LogPattern.Parse(value).Should().Be(new LogPattern(Enum.Parse<LogPatternKind>(kind), target));

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:http")]
    [InlineData("127.0.0.1:70000")]
    public void A_socket_address_without_a_valid_port_is_rejected_at_once(string target) =>
        FluentActions.Invoking(() => SocketBinding.HostPort(target)).Should().Throw<ArgumentException>();
}
