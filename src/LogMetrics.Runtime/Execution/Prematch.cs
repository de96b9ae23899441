using System.Text.RegularExpressions;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// The outcome of one pattern on one line, computed ahead of the program (see <see cref="LinePrematcher"/>).
/// <see cref="Computed"/> false means "not known": the program then matches the pattern itself.
/// </summary>
internal struct PrematchResult
{
    public Match? Match;
    public bool Success;
    public bool Computed;
}

/// <summary>
/// The patterns a program matches against every line before anything else can happen: the conditions of
/// its top-level blocks (<c>/re/ { … }</c>). Matching is a pure function of the line, so these can be
/// matched for many lines at once on other cores while the program itself runs lines strictly in order;
/// for most programs they are almost all of a line's work. Patterns inside blocks are matched by the
/// program as it reaches them, since matching them for every line could be wasted work.
/// </summary>
public sealed class LinePrematcher
{
    readonly Regex[] _regexes;
    readonly bool[] _needsGroups;

    internal LinePrematcher(Regex[] regexes, bool[] needsGroups)
    {
        _regexes = regexes;
        _needsGroups = needsGroups;
    }

    public static LinePrematcher None { get; } = new([], []);

    /// <summary>How many results one line has.</summary>
    public int Count => _regexes.Length;

    /// <summary>Matches each pattern against <paramref name="line"/>; safe to call from several threads at once.</summary>
    internal void Run(string line, Span<PrematchResult> results)
    {
        for (var i = 0; i < _regexes.Length; i++)
        {
            ref var result = ref results[i];
            try
            {
                if (_needsGroups[i])
                {
                    var match = _regexes[i].Match(line);
                    result.Match = match;
                    result.Success = match.Success;
                }
                else
                {
                    result.Match = null;
                    result.Success = _regexes[i].IsMatch(line);
                }
                result.Computed = true;
            }
            catch (RegexMatchTimeoutException)
            {
                // Left to the program, which reports a timeout as the line's runtime error.
                result = default;
            }
        }
    }
}
