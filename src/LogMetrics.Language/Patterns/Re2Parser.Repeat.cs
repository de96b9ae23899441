namespace LogMetrics.Language.Patterns;

/// <summary>Repetition operators: *, +, ?, {n,m}, their laziness and Go's count limits.</summary>
internal sealed partial class Re2Parser
{
    /// <summary>
    /// Applies a repetition operator to the top of the stack. Returns the position after the
    /// operator (and its optional non-greedy '?').
    /// </summary>
    private int Repeat(Re2Op op, int min, int max, int before, int after, int lastRepeat)
    {
        var flags = _flags;
        if (after < _whole.Length && _whole[after] == '?')
        {
            after++;
            flags ^= Re2Flags.NonGreedy;
        }

        if (lastRepeat >= 0)
        {
            // Perl rejects stacked repetitions (a**, a*+): they are not a doubled operator.
            throw Error(Re2SyntaxException.InvalidRepeatOp, lastRepeat, after);
        }

        if (_stack.Count == 0 || _stack[^1].Op >= Re2Op.LeftParen)
        {
            throw Error(Re2SyntaxException.MissingRepeatArgument, before, after);
        }

        var re = NewNode(op, flags);
        re.Min = min;
        re.Max = max;
        re.Subs = [_stack[^1]];
        _stack[^1] = re;
        CheckLimits(re);
        if (op == Re2Op.Repeat && (min >= 2 || max >= 2) && !RepeatIsValid(re, MaxRepeat))
        {
            throw Error(Re2SyntaxException.InvalidRepeatSize, before, after);
        }

        return after;
    }

    /// <summary>True when the nested counted repetitions multiply to at most n copies.</summary>
    private static bool RepeatIsValid(Re2Node re, int n)
    {
        if (re.Op == Re2Op.Repeat)
        {
            var m = re.Max;
            if (m == 0)
            {
                return true;
            }

            if (m < 0)
            {
                m = re.Min;
            }

            if (m > n)
            {
                return false;
            }

            if (m > 0)
            {
                n /= m;
            }
        }

        foreach (var sub in re.Subs)
        {
            if (!RepeatIsValid(sub, n))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses {n}, {n,} or {n,m} at t; min is -1 when a number is too large.</summary>
    private bool TryParseRepeat(int t, out int min, out int max, out int after)
    {
        var s = _whole;
        min = max = after = 0;
        var i = t + 1;
        if (!TryParseInt(ref i, out min) || i >= s.Length)
        {
            return false;
        }

        if (s[i] != ',')
        {
            max = min;
        }
        else
        {
            i++;
            if (i >= s.Length)
            {
                return false;
            }

            if (s[i] == '}')
            {
                max = -1;
            }
            else if (!TryParseInt(ref i, out max))
            {
                return false;
            }
            else if (max < 0)
            {
                min = -1;
            }
        }

        if (i >= s.Length || s[i] != '}')
        {
            return false;
        }

        after = i + 1;
        return true;
    }

    /// <summary>Decimal without leading zeros; -1 when it would exceed 10^8 (Go's overflow guard).</summary>
    private bool TryParseInt(ref int i, out int value)
    {
        var s = _whole;
        value = 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return false;
        }

        if (i + 1 < s.Length && s[i] == '0' && char.IsAsciiDigit(s[i + 1]))
        {
            return false;
        }

        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (value >= 100_000_000)
            {
                value = -1;
            }

            if (value >= 0)
            {
                value = (value * 10) + (s[i] - '0');
            }
        }

        return true;
    }
}
