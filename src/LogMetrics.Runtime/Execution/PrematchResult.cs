using System.Text.RegularExpressions;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// The outcome of one pattern on one line, computed ahead of the program (see <see cref="LinePrematcher"/>).
/// <see cref="Computed"/> false means "not known": the program then matches the pattern itself.
/// </summary>
internal struct PrematchResult
{
    public Match? Match;

    // Every group's text (by .NET group number), taken from Match on the matching thread: only read groups
    // capture, so all are needed, and the substrings are work the in-order thread then need not do.
    public string[]? Values;
    public bool Success;
    public bool Computed;
}
