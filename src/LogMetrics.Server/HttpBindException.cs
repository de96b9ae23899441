namespace LogMetrics.Server;

/// <summary>The server could not listen. The message is Go's, as mtail logs it before exiting with status 1,
/// e.g. <c>listen tcp :3903: bind: address already in use</c>.</summary>
public sealed class HttpBindException : Exception
{
    public HttpBindException()
    {
    }

    public HttpBindException(string message)
        : base(message)
    {
    }

    public HttpBindException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
