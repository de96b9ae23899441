using System.Text.RegularExpressions;
using LogMetrics.Language.Patterns;

namespace LogMetrics.Runtime.Execution;

/// <summary>
/// A program's regex with RE2's promise kept: matching a line never takes more than about linear time, and
/// gives the same answer whichever engine ran.
/// </summary>
/// <remarks>
/// .NET's compiled backtracking engine is the fastest on typical patterns (measured 4-28 times faster than
/// <see cref="RegexOptions.NonBacktracking"/>, which is linear but slow to capture), so it is kept wherever it
/// cannot blow up:
/// <list type="bullet">
/// <item>patterns whose backtracking is exponential (<see cref="BacktrackingRisk.Exponential"/>) always run
/// on the linear engine;</item>
/// <item>patterns whose backtracking is polynomial run compiled under a match timeout; a line that times out
/// is matched again by the linear engine, so the answer is the same, only later;</item>
/// <item>lines longer than <see cref="LongLine"/> chars go to the linear engine for every pattern, since even
/// <c>a.*b</c> is quadratic when backtracking over a megabyte.</item>
/// </list>
/// Both engines find the same leftmost-first match with the same groups (RE2 has no backreferences or
/// lookaround, the constructs the linear engine lacks). The exception is a pattern with <c>\b</c> or
/// <c>\B</c>, which the translation spells with lookaround: it stays compiled, under the timeout when risky,
/// and a line that times out is a runtime error of its program.
/// </remarks>
public sealed class LineRegex
{
    /// <summary>Lines longer than this (in chars) are always matched by the linear engine.</summary>
    public const int LongLine = 4096;

    /// <summary>How long a risky pattern may backtrack on one line before the linear engine takes over.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(100);

    const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    readonly Regex _primary;
    readonly string _pattern;
    bool _canBeLinear;
    Regex? _linear;

    LineRegex(Regex primary, string pattern, bool canBeLinear, string engine)
    {
        _primary = primary;
        _pattern = pattern;
        _canBeLinear = canBeLinear;
        Engine = engine;
    }

    /// <summary>The engine chosen for short lines, in words (for <c>-dump_bytecode</c> and tests).</summary>
    public string Engine { get; }

    /// <summary>How many lines ran out of <see cref="Budget"/> and were matched again linearly (or failed).</summary>
    public long Timeouts => Interlocked.Read(ref _timeouts);

    long _timeouts;

    /// <summary>Builds the regex for a translated pattern: <paramref name="dotNetPattern"/> is its .NET form
    /// with only the read groups capturing, <paramref name="canBeLinear"/> says whether the linear engine can
    /// run it (no word boundaries).</summary>
    public static LineRegex Create(string dotNetPattern, RegexOptions options, BacktrackingRisk risk, bool canBeLinear)
    {
        ArgumentNullException.ThrowIfNull(dotNetPattern);
        var linear = risk == BacktrackingRisk.Exponential && canBeLinear ? TryLinear(dotNetPattern) : null;
        if (linear is not null)
        {
            return new LineRegex(linear, dotNetPattern, canBeLinear, "linear (exponential backtracking risk)") { _linear = linear };
        }
        if (risk == BacktrackingRisk.Low)
        {
            return new LineRegex(new Regex(dotNetPattern, options | RegexOptions.Compiled), dotNetPattern, canBeLinear, "compiled");
        }
        var guarded = new Regex(dotNetPattern, options | RegexOptions.Compiled, Budget);
        return new LineRegex(guarded, dotNetPattern, canBeLinear,
            canBeLinear ? $"compiled, linear after {Budget.TotalMilliseconds} ms" : $"compiled, runtime error after {Budget.TotalMilliseconds} ms");
    }

    /// <summary>A regex for the empty pattern (a program whose pattern did not translate never runs).</summary>
    public static LineRegex Empty { get; } = new(new Regex("", RegexOptions.CultureInvariant), "", false, "compiled");

    /// <summary>Whether the pattern matches somewhere in <paramref name="line"/>; a line that times out with no
    /// linear fallback fails <paramref name="context"/> and does not match.</summary>
    public bool IsMatch(LineContext context, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > LongLine && LinearRegex is { } linear)
        {
            return linear.IsMatch(line);
        }
        try
        {
            return _primary.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return TimedOut(context, line)?.IsMatch(line) ?? false;
        }
    }

    /// <summary>The leftmost-first match in <paramref name="line"/>, as <see cref="IsMatch"/> chooses the engine.</summary>
    public Match Match(LineContext context, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > LongLine && LinearRegex is { } linear)
        {
            return linear.Match(line);
        }
        try
        {
            return _primary.Match(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return TimedOut(context, line)?.Match(line) ?? System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary>Replaces every match in <paramref name="input"/> with <paramref name="literal"/> (no <c>$1</c> expansion).</summary>
    public string Replace(LineContext context, string input, string literal)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length > LongLine && LinearRegex is { } linear)
        {
            return linear.Replace(input, _ => literal);
        }
        try
        {
            return _primary.Replace(input, _ => literal);
        }
        catch (RegexMatchTimeoutException)
        {
            return TimedOut(context, input)?.Replace(input, _ => literal) ?? input;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => _pattern;

    // Built on first use: most patterns never see a long line. Null when the linear engine cannot run it.
    Regex? LinearRegex
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

    Regex? TimedOut(LineContext context, string line)
    {
        Interlocked.Increment(ref _timeouts);
        if (LinearRegex is { } linear)
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
            return new Regex(pattern, Linear);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
