namespace LogMetrics.Language.Patterns;

/// <summary>How badly a backtracking engine can do on a pattern, judged from its RE2 syntax tree.</summary>
/// <remarks>
/// RE2 matches in time linear in the line; .NET's backtracking engines do not. The runtime uses this to
/// pick an engine per pattern (see docs/reliability.md). The check is conservative: it may call a harmless
/// pattern risky (the price is a slower engine or a timeout guard), never the reverse for the shapes below.
/// </remarks>
public enum BacktrackingRisk
{
    /// <summary>At most one unbounded quantifier can claim any stretch of the line: quadratic at worst.</summary>
    Low,

    /// <summary>Two or more unbounded quantifiers in sequence can share a stretch of the line
    /// (<c>(.*),(.*),(.*)x</c>, <c>.*a.*b</c>): polynomial in the line length.</summary>
    Polynomial,

    /// <summary>A repeated group that can match one stretch in several ways (<c>(a+)+</c>, <c>(x+x+)+y</c>,
    /// <c>(a|ab)*</c>): exponential in the line length.</summary>
    Exponential,
}
