using System.Text.RegularExpressions;
using LogMetrics.Language.Patterns;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// A program's regex with RE2's promise kept: matching one line never hangs the process, whatever the
/// pattern and the line.
/// </summary>
/// <remarks>
/// .NET's compiled backtracking engine is the fastest on typical patterns (4 to 28 times faster than
/// <see cref="RegexOptions.NonBacktracking"/>, which is linear but slow to capture) and finds RE2's
/// leftmost-first match, so it is kept wherever it cannot blow up:
/// <list type="bullet">
/// <item>patterns whose backtracking is exponential (<see cref="BacktrackingRisk.Exponential"/>) run on the
/// linear engine;</item>
/// <item>patterns whose backtracking is polynomial, and every pattern on lines longer than
/// <see cref="LongLine"/> chars, run compiled under a match timeout (<see cref="Budget"/>); a line that runs out
/// of it is matched again by the linear engine.</item>
/// </list>
/// The linear engine matches the same lines, but with lazy quantifiers or loops whose body can match empty
/// its match can start or end elsewhere and its groups can differ (docs/reliability.md). A pattern with <c>\b</c> or
/// <c>\B</c>, spelled with lookaround by the translation, cannot run on it: such a pattern stays compiled,
/// and a line that times out is a runtime error of its program. So is the rare line on which .NET's
/// backtracking stack overflows (an <see cref="OverflowException"/> inside the regex engine), and the rarer
/// line on which .NET's compiled code for an odd pattern indexes out of its own arrays (found by the
/// property tests: an <see cref="IndexOutOfRangeException"/> from the generated matcher).
/// </remarks>
public sealed class LineRegex
{
    /// <summary>Lines longer than this (in chars) are matched under the timeout whatever the pattern.</summary>
    public const int LongLine = 4096;

    /// <summary>How long a match may backtrack on one line before the linear engine takes over.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(100);

    const RegexOptions LinearOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    readonly Regex _primary;
    readonly RegexOptions _options;
    readonly string _pattern;
    bool _canBeLinear;
    Regex? _linear;
    Regex? _guarded;
    long _fallbacks;

    LineRegex(Regex primary, string pattern, RegexOptions options, bool canBeLinear, string engine)
    {
        _primary = primary;
        _pattern = pattern;
        _options = options;
        _canBeLinear = canBeLinear;
        Engine = engine;
        if (primary.MatchTimeout != Regex.InfiniteMatchTimeout || (primary.Options & RegexOptions.NonBacktracking) != 0)
        {
            _guarded = primary;
        }
    }

    /// <summary>The engine chosen for short lines, in words (for <c>-dump_bytecode</c> and tests).</summary>
    public string Engine { get; }

    /// <summary>Lines that ran out of <see cref="Budget"/> (or overflowed the backtracking stack) and were
    /// matched again linearly, or failed.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    /// <summary>A regex for the empty pattern (a program whose pattern did not translate never runs).</summary>
    public static LineRegex Empty { get; } = new(new Regex("", RegexOptions.CultureInvariant), "", RegexOptions.CultureInvariant, false, "compiled");

    /// <summary>Builds the regex for a translated pattern: <paramref name="dotNetPattern"/> is its .NET form
    /// with only the read groups capturing, <paramref name="canBeLinear"/> says whether the linear engine can
    /// run it (no word boundaries).</summary>
    public static LineRegex Create(string dotNetPattern, RegexOptions options, BacktrackingRisk risk, bool canBeLinear)
    {
        ArgumentNullException.ThrowIfNull(dotNetPattern);
        var compiled = options | RegexOptions.Compiled;
        if (risk == BacktrackingRisk.Exponential && canBeLinear && TryLinear(dotNetPattern) is { } linear)
        {
            return new LineRegex(linear, dotNetPattern, compiled, true, "linear (exponential backtracking risk)") { _linear = linear };
        }
        if (risk == BacktrackingRisk.Low)
        {
            return new LineRegex(new Regex(dotNetPattern, compiled), dotNetPattern, compiled, canBeLinear, "compiled");
        }
        var after = canBeLinear ? "linear" : "runtime error";
        return new LineRegex(new Regex(dotNetPattern, compiled, Budget), dotNetPattern, compiled, canBeLinear,
            $"compiled, {after} after {Budget.TotalMilliseconds} ms");
    }

    /// <summary>Whether the pattern matches somewhere in <paramref name="line"/>. A line the chosen engine
    /// gives up on, with no linear fallback, fails <paramref name="context"/> and does not match.</summary>
    public bool IsMatch(LineContext context, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            return For(line).IsMatch(line);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException || IsEngineFault(e))
        {
            return GaveUp(context, line)?.IsMatch(line) ?? false;
        }
    }

    /// <summary>The leftmost-first match in <paramref name="line"/>, as <see cref="IsMatch"/> chooses the engine.</summary>
    public Match Match(LineContext context, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            return For(line).Match(line);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException || IsEngineFault(e))
        {
            return GaveUp(context, line)?.Match(line) ?? System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary>
    /// The regex to match <paramref name="line"/> with on any thread and without a line context
    /// (<see cref="LinePrematcher"/>): null when the engine chosen for the line may give up on it (a match
    /// budget), which only <see cref="Match(LineContext, string)"/> knows how to handle.
    /// </summary>
    public Regex? AheadFor(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var regex = For(line);
        return regex.MatchTimeout == Regex.InfiniteMatchTimeout ? regex : null;
    }

    /// <summary>Replaces every match in <paramref name="input"/> with <paramref name="literal"/> (no <c>$1</c> expansion).</summary>
    public string Replace(LineContext context, string input, string literal)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return For(input).Replace(input, _ => literal);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException || IsEngineFault(e))
        {
            return GaveUp(context, input)?.Replace(input, _ => literal) ?? input;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => _pattern;

    // Faults of the regex engine itself on one line (not of the program): matched again linearly, or the
    // line's runtime error, never a crash.
    internal static bool IsEngineFault(Exception e) => e is OverflowException or IndexOutOfRangeException or ArgumentOutOfRangeException;

    // Short lines take the chosen engine; long ones a compiled regex under the timeout (built on first use).
    Regex For(string line) =>
        line.Length <= LongLine ? _primary : _guarded ??= new Regex(_pattern, _options, Budget);

    // Built on first use: most patterns never give up on a line. Null when the linear engine cannot run it.
    Regex? Linear
    {
        get
        {
            if (_linear is null && _canBeLinear)
            {
                _linear = TryLinear(_pattern);
                _canBeLinear = _linear is not null;
            }
            return _linear;
        }
    }

    Regex? GaveUp(LineContext context, string line)
    {
        Interlocked.Increment(ref _fallbacks);
        if (Linear is { } linear && !ReferenceEquals(linear, _primary))
        {
            return linear;
        }
        context.Fail($"regex /{_pattern}/ gave up after {Budget.TotalMilliseconds} ms on a line of {line.Length} chars");
        return null;
    }

    static Regex? TryLinear(string pattern)
    {
        try
        {
            return new Regex(pattern, LinearOptions);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
