using System.Net;
using System.Net.Sockets;

namespace LogMetrics.Tailing.Sources;

/// <summary>Makes the reader for each non-file <c>-logs</c> value.</summary>
internal static class PushSources
{
    public static PushSource Create(LogPattern pattern, TailContext context)
    {
        switch (pattern.Kind)
        {
            case LogPatternKind.Stdin:
                return new StdinSource(context);
            case LogPatternKind.UnixStream or LogPatternKind.UnixDatagram:
                var path = Path.GetFullPath(pattern.Target);
                EndPoint Unix() => new UnixDomainSocketEndPoint(path);
                return pattern.Kind == LogPatternKind.UnixStream
                    ? new StreamListenerSource(path, Unix, context)
                    : new DatagramSource(path, Unix, context);
            case LogPatternKind.Tcp:
                return new StreamListenerSource(pattern.Target, SocketBinding.HostPort(pattern.Target), context);
            case LogPatternKind.Udp:
                return new DatagramSource(pattern.Target, SocketBinding.HostPort(pattern.Target), context);
            default:
                throw new ArgumentOutOfRangeException(nameof(pattern), pattern.Kind, "not a push source");
        }
    }
}
