using System.CommandLine;

namespace LogMetrics.Cli.GoFlags;

/// <summary>
/// One flag as Go's <c>flag</c> package sees it (name, kind, usage, default) together with the
/// System.CommandLine option that models it.
/// </summary>
/// <remarks>
/// System.CommandLine stays the option model: every flag is an <see cref="Option{T}"/> with the aliases
/// <c>--name</c> and <c>-name</c>, a description, a default and a custom parser, and values are read back
/// with <c>ParseResult.GetValue</c>. The Go syntax rules live in <see cref="GoFlagScanner"/>.
/// </remarks>
public abstract class GoFlag
{
    private protected GoFlag(string name, GoFlagKind kind, string usage, string? defaultText)
    {
        Name = name;
        Kind = kind;
        Usage = usage;
        DefaultText = defaultText;
    }

    /// <summary>The name without dashes, e.g. <c>poll_interval</c>.</summary>
    public string Name { get; }

    public GoFlagKind Kind { get; }

    public string Usage { get; }

    /// <summary>The default as Go's usage prints it (<c>1h0m0s</c>, <c>"3903"</c> unquoted here); null for a zero default.</summary>
    public string? DefaultText { get; }

    public bool IsBool => Kind == GoFlagKind.Bool;

    /// <summary>The System.CommandLine option behind this flag.</summary>
    public abstract Option Symbol { get; }

    /// <summary>Parses one occurrence's text and returns Go's error detail, or null when the text is valid.</summary>
    public abstract string? Check(string text);

    public static GoFlag<bool> Bool(string name, bool defaultValue, string usage) =>
        new(name, GoFlagKind.Bool, usage, defaultValue, defaultValue ? "true" : null, GoValues.Bool);

    public static GoFlag<string> Text(string name, string defaultValue, string usage) =>
        new(name, GoFlagKind.Text, usage, defaultValue, defaultValue.Length == 0 ? null : defaultValue, GoValues.Text);

    public static GoFlag<long> Number(string name, long defaultValue, string usage) =>
        new(name, GoFlagKind.Number, usage, defaultValue, defaultValue == 0 ? null : defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture), GoValues.Number);

    /// <summary>A duration flag; <paramref name="defaultText"/> is Go's rendering of the default (e.g. <c>1h0m0s</c>).</summary>
    public static GoFlag<TimeSpan> Duration(string name, TimeSpan defaultValue, string defaultText, string usage) =>
        new(name, GoFlagKind.Duration, usage, defaultValue, defaultText, GoValues.Duration);

    /// <summary>A <c>flag.Var</c> flag with its own parser; repeated occurrences replace each other unless <paramref name="combine"/> is given.</summary>
    public static GoFlag<T> Value<T>(
        string name, T defaultValue, string? defaultText, string usage, Func<string, GoParsed<T>> parse, Func<T, T, T>? combine = null) =>
        new(name, GoFlagKind.Value, usage, defaultValue, defaultText, parse, combine);
}
