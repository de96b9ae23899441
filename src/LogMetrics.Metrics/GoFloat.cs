using System.Globalization;

namespace LogMetrics.Metrics;

/// <summary>Formats doubles exactly like Go's <c>strconv.FormatFloat(f, fmt, -1, 64)</c> (shortest digits).</summary>
/// <remarks>
/// .NET's "R" format already yields the shortest digits that round-trip, the same digits Go picks; only the
/// layout differs. So the digits and decimal exponent are taken from "R" and laid out with Go's rules.
/// </remarks>
public static class GoFloat
{
    // 17 significant digits, sign, point, "E-324": 32 chars is plenty for "R".
    private const int MaxShortest = 32;

    /// <summary>Go <c>%g</c> / <c>%v</c> shortest: <c>1e+06</c>, <c>100000</c>, <c>0.0001</c>, <c>1e-05</c>,
    /// <c>+Inf</c>, <c>-Inf</c>, <c>NaN</c>. Prometheus values, <c>le</c> labels, JSON bucket keys and float
    /// label values all use this.</summary>
    public static string FormatG(double value) => Format(value, 'g');

    /// <summary>Go shortest <c>'e'</c> (<c>1e+21</c>, <c>1.5e-07</c>) or <c>'f'</c> (<c>1500000</c>) format.</summary>
    public static string Format(double value, char format)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        Span<char> shortest = stackalloc char[MaxShortest];
        value.TryFormat(shortest, out var written, "R", CultureInfo.InvariantCulture);
        Span<char> digits = stackalloc char[MaxShortest];
        var negative = ParseDigits(shortest[..written], digits, out var count, out var point);
        digits = digits[..count];

        var exponent = point - 1;
        var useE = format switch
        {
            'e' => true,
            'f' => false,

            // Go: shortest %g uses %e when the exponent is < -4 or >= 6 (eprec is 6 when shortest).
            'g' => exponent < -4 || exponent >= 6,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Use 'e', 'f' or 'g'."),
        };

        var builder = new System.Text.StringBuilder(32);
        if (negative)
        {
            builder.Append('-');
        }

        if (useE)
        {
            AppendE(builder, digits, count == 0 ? 0 : exponent);
        }
        else
        {
            AppendF(builder, digits, point);
        }

        return builder.ToString();
    }

    // Go: %e with precision nd-1, the exponent with a sign and at least two digits.
    private static void AppendE(System.Text.StringBuilder builder, ReadOnlySpan<char> digits, int exponent)
    {
        builder.Append(digits.IsEmpty ? '0' : digits[0]);
        if (digits.Length > 1)
        {
            builder.Append('.').Append(digits[1..]);
        }

        builder.Append('e').Append(exponent < 0 ? '-' : '+');
        var magnitude = Math.Abs(exponent);
        if (magnitude < 10)
        {
            builder.Append('0');
        }

        builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
    }

    // Go: %f with precision max(nd-dp, 0).
    private static void AppendF(System.Text.StringBuilder builder, ReadOnlySpan<char> digits, int point)
    {
        if (point > 0)
        {
            for (var i = 0; i < point; i++)
            {
                builder.Append(i < digits.Length ? digits[i] : '0');
            }
        }
        else
        {
            builder.Append('0');
        }

        var fraction = Math.Max(digits.Length - point, 0);
        if (fraction > 0)
        {
            builder.Append('.');
            for (var i = 0; i < fraction; i++)
            {
                var j = point + i;
                builder.Append(j >= 0 && j < digits.Length ? digits[j] : '0');
            }
        }
    }

    // Reads "R" output ("-1.2345E-05", "123.5", "0") into significant digits without leading or trailing
    // zeros and the decimal point position (value = 0.d1d2… × 10^point). Zero has no digits.
    private static bool ParseDigits(ReadOnlySpan<char> text, Span<char> digits, out int count, out int point)
    {
        var negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var exponentAt = text.IndexOfAny('E', 'e');
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];

        count = 0;
        point = 0;
        var seenPoint = false;
        foreach (var c in mantissa)
        {
            if (c == '.')
            {
                seenPoint = true;
                continue;
            }

            if (count == 0 && c == '0')
            {
                // A leading zero moves the point left only when it is after the decimal point.
                point -= seenPoint ? 1 : 0;
                continue;
            }

            digits[count++] = c;
            point += seenPoint ? 0 : 1;
        }

        while (count > 0 && digits[count - 1] == '0')
        {
            count--;
        }

        point = count == 0 ? 0 : point + exponent;
        return negative;
    }
}
