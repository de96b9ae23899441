using LogMetrics.Go;
namespace LogMetrics.Cli.GoFlags;

/// <summary>
/// The usage text in the layout of Go's <c>flag.PrintDefaults</c> (sorted by name, type word, indented usage,
/// <c>(default …)</c>), preceded by the build line and <c>Usage:</c> as mtail's usage function does.
/// </summary>
public static class GoUsage
{
    public static void Write(TextWriter writer, string buildLine, IEnumerable<GoFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(buildLine);
        writer.WriteLine();
        writer.WriteLine("Usage:");
        foreach (var flag in flags.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            writer.WriteLine(Describe(flag));
        }
    }

    /// <summary>The word Go prints after the flag name: nothing for booleans.</summary>
    public static string TypeWord(GoFlagKind kind) => kind switch
    {
        GoFlagKind.Bool => "",
        GoFlagKind.Text => "string",
        GoFlagKind.Number => "int",
        GoFlagKind.Duration => "duration",
        _ => "value",
    };

    private static string Describe(GoFlag flag)
    {
        var head = "  -" + flag.Name;
        var type = TypeWord(flag.Kind);
        if (type.Length > 0)
        {
            head += " " + type;
        }

        // Like Go: a one-letter flag without a type word keeps its usage on the same line.
        var separator = head.Length <= 4 ? "\t" : "\n    \t";
        var usage = flag.Usage.Replace("\n", "\n    \t", StringComparison.Ordinal);
        if (flag.DefaultText is { } defaultText)
        {
            usage += flag.Kind == GoFlagKind.Text
                ? $" (default {GoQuote.String(defaultText)})"
                : $" (default {defaultText})";
        }

        return head + separator + usage;
    }
}
