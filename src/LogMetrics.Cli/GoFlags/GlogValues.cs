using LogMetrics.Go;
namespace LogMetrics.Cli.GoFlags;

/// <summary>glog's severities; <c>-stderrthreshold</c> takes a name or a number.</summary>
public enum GlogSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
    Fatal = 3,
}

/// <summary>
/// Parsers for the flags glog registers in every mtail binary, with glog's acceptance rules and error texts
/// (checked against the Debian mtail binary).
/// </summary>
public static class GlogValues
{
    private const string VmoduleSyntax = "syntax error: expect comma-separated list of filename=N";
    private const string BacktraceSyntax = "syntax error: expect file.go:234";

    /// <summary><c>-stderrthreshold</c>: INFO, WARNING, ERROR, FATAL (any case) or an integer.</summary>
    public static GoParsed<GlogSeverity> Severity(string text)
    {
        GlogSeverity? named = text.ToUpperInvariant() switch
        {
            "INFO" => GlogSeverity.Info,
            "WARNING" => GlogSeverity.Warning,
            "ERROR" => GlogSeverity.Error,
            "FATAL" => GlogSeverity.Fatal,
            _ => null,
        };
        if (named is { } severity)
        {
            return GoParsed.Ok<GlogSeverity>(severity);
        }

        var error = GoNumbers.Atoi(text, out var number);
        return error == GoNumberError.None
            ? GoParsed.Ok<GlogSeverity>((GlogSeverity)unchecked((int)number))
            : GoParsed.Fail<GlogSeverity>(GoNumbers.AtoiMessage(text, error));
    }

    /// <summary><c>-v</c>: a base-10 integer; glog stores it as a 32-bit level.</summary>
    public static GoParsed<int> Level(string text)
    {
        var error = GoNumbers.Atoi(text, out var number);
        return error == GoNumberError.None
            ? GoParsed.Ok<int>(unchecked((int)number))
            : GoParsed.Fail<int>(GoNumbers.AtoiMessage(text, error));
    }

    /// <summary><c>-vmodule</c>: <c>pattern=N,…</c>; empty items are skipped; the text is kept as given.</summary>
    public static GoParsed<string> Vmodule(string text)
    {
        foreach (var item in text.Split(','))
        {
            if (item.Length == 0)
            {
                continue;
            }

            var parts = item.Split('=');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return GoParsed.Fail<string>(VmoduleSyntax);
            }

            if (GoNumbers.Atoi(parts[1], out var level) != GoNumberError.None)
            {
                return GoParsed.Fail<string>(VmoduleSyntax);
            }

            if (level < 0)
            {
                return GoParsed.Fail<string>("negative value for vmodule level");
            }
        }

        return GoParsed.Ok<string>(text);
    }

    /// <summary><c>-log_backtrace_at</c>: <c>file.go:N</c> with N &gt; 0; even the empty value is rejected, as in glog.</summary>
    public static GoParsed<string> BacktraceAt(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || !parts[0].Contains('.', StringComparison.Ordinal)
            || GoNumbers.Atoi(parts[1], out var line) != GoNumberError.None)
        {
            return GoParsed.Fail<string>(BacktraceSyntax);
        }

        return line <= 0 ? GoParsed.Fail<string>("negative or zero value for level") : GoParsed.Ok<string>(text);
    }
}
