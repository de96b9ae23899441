namespace LogMetrics.Go;

/// <summary>Why a Go <c>strconv</c> number parse failed.</summary>
public enum GoNumberError
{
    None,
    Syntax,
    Range,
}

/// <summary>
/// The <c>strconv</c> functions Go's <c>flag</c> package and glog rely on (<see cref="GoStrconv"/> does the parsing), with their exact acceptance rules
/// (base prefixes, underscores, 64-bit range), so that logmetrics accepts and rejects the same flag values as mtail.
/// </summary>
public static class GoNumbers
{
    /// <summary><c>strconv.ParseBool</c>.</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary><c>strconv.ParseInt(text, 0, 64)</c>: what <c>flag.Int</c> uses (0x, 0o, 0b, leading-0 octal, underscores).</summary>
    public static GoNumberError ParseInt(string text, out long value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var status = GoStrconv.ParseInt(text, 0, out value);
        if (status == GoStrconv.NumberStatus.Ok)
        {
            return GoNumberError.None;
        }
        value = 0;
        return status == GoStrconv.NumberStatus.Range ? GoNumberError.Range : GoNumberError.Syntax;
    }

    /// <summary><c>strconv.Atoi</c>: base 10 only, optional sign, no underscores.</summary>
    public static GoNumberError Atoi(string text, out long value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        var digits = text.Length > 0 && text[0] is '+' or '-' ? text.AsSpan(1) : text.AsSpan();
        if (digits.IsEmpty)
        {
            return GoNumberError.Syntax;
        }

        ulong magnitude = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return GoNumberError.Syntax;
            }

            if (magnitude >= (ulong.MaxValue / 10) + 1)
            {
                return GoNumberError.Range;
            }

            var next = (magnitude * 10) + (ulong)(c - '0');
            if (next < magnitude * 10)
            {
                return GoNumberError.Range;
            }

            magnitude = next;
        }

        var negative = text[0] == '-';
        if ((!negative && magnitude >= 1UL << 63) || (negative && magnitude > 1UL << 63))
        {
            return GoNumberError.Range;
        }

        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return GoNumberError.None;
    }

    /// <summary>Go's wording of a <c>strconv.Atoi</c> failure, as glog's flags print it.</summary>
    public static string AtoiMessage(string text, GoNumberError error) =>
        $"strconv.Atoi: parsing {GoQuote.String(text)}: {(error == GoNumberError.Range ? "value out of range" : "invalid syntax")}";
}
