using LogMetrics.Fuzz;
using SharpFuzz;

// logmetrics-fuzz TARGET        run under afl-fuzz (the input arrives on stdin, once per execution)
// logmetrics-fuzz TARGET FILE   run one input, to replay what afl-fuzz saved
if (args.Length is < 1 or > 2 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    await Console.Error.WriteLineAsync($"usage: LogMetrics.Fuzz {{{string.Join('|', FuzzTargets.All.Keys)}}} [input-file]").ConfigureAwait(false);
    return 2;
}
if (args.Length == 2)
{
    await using var input = File.OpenRead(args[1]);
    target(input);
    return 0;
}
Fuzzer.OutOfProcess.Run(target);
return 0;
