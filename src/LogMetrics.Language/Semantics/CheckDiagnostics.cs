namespace LogMetrics.Language.Semantics;

/// <summary>Stable codes for checker diagnostics (MT3xxx types and symbols, MT4xxx limits, MT5xxx code generation).</summary>
public static class CheckDiagnostics
{
    // Keep in message-prefix order of docs/diagnostics.md.
    static readonly (string Prefix, string Code)[] Codes =
    [
        ("Capture group", "MT3001"),
        ("Identifier", "MT3002"),
        ("Redeclaration", "MT3003"),
        ("Redefinition", "MT3003"),
        ("Declaration of", "MT3004"),
        ("type mismatch", "MT3005"),
        ("call to", "MT3005"),
        ("Integer types expected", "MT3005"),
        ("Boolean types expected", "MT3005"),
        ("Expecting", "MT3006"),
        ("invalid time format", "MT3007"),
        ("Can't interpret", "MT3008"),
        ("Can't assign", "MT3009"),
        ("Cannot delete", "MT3010"),
        ("Not enough keys", "MT3011"),
        ("Too many keys", "MT3011"),
        ("Index taken", "MT3011"),
        ("Can't append", "MT3012"),
        ("Can't evaluate", "MT3012"),
        ("Decorator", "MT3013"),
        ("No symbols found", "MT3013"),
        ("Can't use `next'", "MT3013"),
        ("Can't specify buckets", "MT3014"),
        ("Can't divide by zero", "MT3015"),
        ("divide by zero", "MT3015"),
        ("mod by zero", "MT3015"),
        ("defined", "MT3016"),
        ("error parsing regexp", "MT4001"),
        ("Exceeded maximum regular expression", "MT4002"),
        ("Expression exceeded maximum recursion", "MT4003"),
        ("Internal compiler error", "MT5001"),
    ];

    public static string CodeFor(string message)
    {
        foreach (var (prefix, code) in Codes)
        {
            if (message.StartsWith(prefix, StringComparison.Ordinal))
            {
                return code;
            }
        }
        return "MT3000";
    }
}
