using LogMetrics.Go;
namespace LogMetrics.Cli.GoFlags;

/// <summary>
/// The Go <c>flag</c> front of the command line: walks the arguments with the rules of Go's <c>FlagSet.Parse</c>
/// and validates every value in order, so logmetrics accepts, rejects and reports exactly what mtail does.
/// </summary>
/// <remarks>
/// System.CommandLine 2.0 cannot be configured into these rules (checked against 2.0.0): it keeps parsing options
/// after the first positional argument, lets a boolean option take the next argument (<c>-one_shot false</c>),
/// rejects a repeated scalar option where Go keeps the last value, drops the empty value of <c>-port=</c>,
/// splits <c>-name:value</c>, and turns a <c>--</c> value into the end-of-options marker. So this class decides
/// what the command line means and hands System.CommandLine an unambiguous token list
/// (<see cref="GoFlagScan.ToCommandLineTokens"/>) to bind.
/// </remarks>
public static class GoFlagScanner
{
    public static GoFlagScan Scan(IReadOnlyList<string> args, IReadOnlyDictionary<string, GoFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(flags);
        var assignments = new List<GoFlagAssignment>();
        var next = 0;
        while (next < args.Count)
        {
            var arg = args[next];

            // "-" alone and anything not starting with '-' is the first non-flag argument: parsing stops.
            if (arg.Length < 2 || arg[0] != '-')
            {
                break;
            }

            var dashes = arg[1] == '-' ? 2 : 1;
            if (dashes == 2 && arg.Length == 2)
            {
                next++;
                break;
            }

            var name = arg[dashes..];
            if (name.Length == 0 || name[0] is '-' or '=')
            {
                return GoFlagScan.Failed($"bad flag syntax: {arg}");
            }

            next++;
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (!flags.TryGetValue(name, out var flag))
            {
                // Go answers -h and -help (with any value) with the usage text unless a program defines them.
                return name is "h" or "help"
                    ? GoFlagScan.Help()
                    : GoFlagScan.Failed($"flag provided but not defined: -{name}");
            }

            if (flag.IsBool)
            {
                // A boolean never takes the next argument: "-one_shot false" leaves "false" positional.
                var text = value ?? "true";
                var parsed = GoValues.Bool(text);
                if (parsed.Error is { } boolError)
                {
                    return GoFlagScan.Failed(value is null
                        ? $"invalid boolean flag {name}: {boolError}"
                        : $"invalid boolean value {GoQuote.String(text)} for -{name}: {boolError}");
                }

                // Normalised because System.CommandLine only lets a bool option take "true" or "false".
                assignments.Add(new GoFlagAssignment(flag, parsed.Value ? "true" : "false"));
                continue;
            }

            if (value is null)
            {
                // The next argument is the value whatever it looks like, even "-logs" or "--".
                if (next >= args.Count)
                {
                    return GoFlagScan.Failed($"flag needs an argument: -{name}");
                }

                value = args[next++];
            }

            if (flag.Check(value) is { } error)
            {
                return GoFlagScan.Failed($"invalid value {GoQuote.String(value)} for flag -{name}: {error}");
            }

            assignments.Add(new GoFlagAssignment(flag, value));
        }

        return new GoFlagScan(assignments, args.Skip(next).ToArray());
    }
}
