namespace LogMetrics.Tailing;

/// <summary>
/// Reported through <see cref="Tailer.Error"/> when a line was longer than
/// <see cref="TailerOptions.MaxLineBytes"/> and was handed on cut. Not a failure of the log:
/// a host logs it as a warning.
/// </summary>
public sealed class LineTooLongException : Exception
{
    public LineTooLongException()
    {
    }

    public LineTooLongException(string message)
        : base(message)
    {
    }

    public LineTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LineTooLongException(string path, int maxLineBytes)
        : base($"{path}: line longer than {maxLineBytes} bytes cut")
    {
        MaxLineBytes = maxLineBytes;
    }

    /// <summary>The limit the line was cut at.</summary>
    public int MaxLineBytes { get; }
}
