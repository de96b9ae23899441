namespace LogMetrics.Cli.GoFlags;

/// <summary>
/// The outcome of parsing one flag value: the value, or the error text Go's <c>flag.Value.Set</c> would return
/// (e.g. <c>parse error</c>), which the scanner wraps into <c>invalid value "x" for flag -name: …</c>.
/// </summary>
public readonly record struct GoParsed<T>(T Value, string? Error)
{
    public bool IsError => Error is not null;
}

/// <summary>Constructors for <see cref="GoParsed{T}"/>.</summary>
public static class GoParsed
{
    public static GoParsed<T> Ok<T>(T value) => new(value, null);

    public static GoParsed<T> Fail<T>(string error) => new(default!, error);
}
