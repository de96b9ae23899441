namespace LogMetrics.Cli.GoFlags;

/// <summary>The Go flag kinds mtail uses; the kind decides value syntax and the type word in the usage text.</summary>
public enum GoFlagKind
{
    /// <summary><c>flag.Bool</c>: takes no separate value, only <c>-x</c> or <c>-x=value</c>.</summary>
    Bool,

    /// <summary><c>flag.String</c>.</summary>
    Text,

    /// <summary><c>flag.Int</c> (64-bit, base prefixes allowed).</summary>
    Number,

    /// <summary><c>flag.Duration</c> (Go duration syntax).</summary>
    Duration,

    /// <summary><c>flag.Var</c> with a custom value type (mtail's <c>-logs</c>, glog's flags).</summary>
    Value,
}
