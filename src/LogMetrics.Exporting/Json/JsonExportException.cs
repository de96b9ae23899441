namespace LogMetrics.Exporting.Json;

/// <summary>The store holds a value Go's encoding/json refuses (NaN or an infinity); mtail then prints
/// nothing and reports the error, and so do the JSON writers.</summary>
public sealed class JsonExportException : Exception
{
    public JsonExportException()
    {
    }

    public JsonExportException(string message)
        : base(message)
    {
    }

    public JsonExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
