namespace LogMetrics.Cli.GoFlags;

/// <summary>One flag occurrence accepted by the scanner, with its value text (bools normalised to true/false).</summary>
public readonly record struct GoFlagAssignment(GoFlag Flag, string Text);

/// <summary>
/// What <see cref="GoFlagScanner"/> found: the flag occurrences in order and the arguments left after parsing
/// stopped, or the error Go's <c>flag</c> package would print (or a request for help).
/// </summary>
public sealed record GoFlagScan(
    IReadOnlyList<GoFlagAssignment> Assignments,
    IReadOnlyList<string> Remaining,
    string? Error = null,
    bool HelpRequested = false)
{
    public bool Succeeded => Error is null && !HelpRequested;

    internal static GoFlagScan Failed(string error) => new([], [], error);

    internal static GoFlagScan Help() => new([], [], HelpRequested: true);

    /// <summary>
    /// The same command line in a shape System.CommandLine reads without reinterpreting anything:
    /// <c>--name=value</c> per occurrence (<c>--name ""</c> for an empty value, which the <c>=</c> form would drop),
    /// then <c>--</c> and the remaining arguments, which System.CommandLine treats as plain arguments.
    /// </summary>
    public IReadOnlyList<string> ToCommandLineTokens()
    {
        var tokens = new List<string>((Assignments.Count * 2) + Remaining.Count + 1);
        foreach (var (flag, text) in Assignments)
        {
            if (text.Length == 0)
            {
                tokens.Add("--" + flag.Name);
                tokens.Add(text);
            }
            else
            {
                tokens.Add("--" + flag.Name + "=" + text);
            }
        }

        tokens.Add("--");
        tokens.AddRange(Remaining);
        return tokens;
    }
}
