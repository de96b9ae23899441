using Microsoft.Extensions.Logging;

namespace LogMetrics.Server.Hosting;

/// <summary>The server's log messages.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Address}")]
    public static partial void Listening(ILogger log, Uri address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    public static partial void ExportWarning(ILogger log, string warning);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path} answered 500")]
    public static partial void RequestFailed(ILogger log, string path, Exception exception);
}
