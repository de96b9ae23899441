using System.Globalization;

namespace LogMetrics.Go;

public static partial class GoStrconv
{
    /// <summary>
    /// Go's <c>strconv.FormatFloat(f, 'g', -1, 64)</c>, which is also what <c>fmt</c>'s <c>%g</c> and <c>%v</c> print:
    /// the shortest digits that read back to the same double, in exponent form when the decimal
    /// exponent is below -4 or at least 6 (<c>100000</c>, <c>1e+06</c>, <c>1.5e-05</c>, <c>+Inf</c>, <c>NaN</c>, <c>-0</c>).
    /// </summary>
    public static string FormatFloatG(double value) => FormatFloat(value, 'g');

    /// <summary>
    /// Go's <c>strconv.FormatFloat(f, format, -1, 64)</c> (shortest precision) for the formats
    /// <c>'e' 'E' 'f' 'g' 'G'</c>. mtail's VM uses <c>'G'</c> when it turns a float into a string.
    /// </summary>
    public static string FormatFloat(double value, char format)
    {
        if (format is not ('e' or 'E' or 'f' or 'g' or 'G'))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Only e, E, f, g and G are supported.");
        }

        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        Span<char> digits = stackalloc char[32];
        var count = ShortestDigits(value, digits, out var decimalPoint);
        digits = digits[..count];
        Span<char> output = stackalloc char[400];
        var w = 0;
        if (double.IsNegative(value))
        {
            output[w++] = '-';
        }

        switch (format)
        {
            case 'e' or 'E':
                WriteExponent(output, ref w, digits, decimalPoint, count - 1, format);
                break;
            case 'f':
                WriteFixed(output, ref w, digits, decimalPoint, Math.Max(count - decimalPoint, 0));
                break;
            default:
                // With shortest precision Go decides by a fixed precision of 6, not the digit count.
                var exponent = decimalPoint - 1;
                if (exponent < -4 || exponent >= 6)
                {
                    WriteExponent(output, ref w, digits, decimalPoint, count - 1, format == 'g' ? 'e' : 'E');
                }
                else
                {
                    WriteFixed(output, ref w, digits, decimalPoint, Math.Max(count - decimalPoint, 0));
                }

                break;
        }

        return new string(output[..w]);
    }

    // Shortest round-trip digits of |value| (no leading or trailing zeros) and the decimal point
    // position, so value = 0.d1d2d3… × 10^decimalPoint. Zero has no digits.
    private static int ShortestDigits(double value, Span<char> digits, out int decimalPoint)
    {
        decimalPoint = 0;
        if (value == 0)
        {
            return 0;
        }

        // "R" is .NET's shortest round-trippable form, e.g. "1.2345E-05" or "123.45".
        Span<char> text = stackalloc char[40];
        Math.Abs(value).TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];
        var exponent = 0;
        var e = text.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var count = 0;
        var integerDigits = 0;
        var seenPoint = false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                seenPoint = true;
                continue;
            }

            if (c == '0' && count == 0)
            {
                // Leading zeros: after the point they shift the decimal point left.
                if (seenPoint)
                {
                    integerDigits--;
                }

                continue;
            }

            digits[count++] = c;
            if (!seenPoint)
            {
                integerDigits++;
            }
        }

        while (count > 0 && digits[count - 1] == '0')
        {
            count--;
        }

        decimalPoint = integerDigits + exponent;
        return count;
    }

    // %e: d.ddddde±dd with the given number of fraction digits.
    private static void WriteExponent(Span<char> output, ref int w, ReadOnlySpan<char> digits, int decimalPoint, int precision, char exponentChar)
    {
        output[w++] = digits.IsEmpty ? '0' : digits[0];
        if (precision > 0)
        {
            output[w++] = '.';
            for (var i = 1; i <= precision; i++)
            {
                output[w++] = i < digits.Length ? digits[i] : '0';
            }
        }

        output[w++] = exponentChar;
        var exponent = digits.IsEmpty ? 0 : decimalPoint - 1;
        output[w++] = exponent < 0 ? '-' : '+';
        exponent = Math.Abs(exponent);
        if (exponent < 10)
        {
            output[w++] = '0';
            output[w++] = (char)('0' + exponent);
        }
        else if (exponent < 100)
        {
            output[w++] = (char)('0' + (exponent / 10));
            output[w++] = (char)('0' + (exponent % 10));
        }
        else
        {
            output[w++] = (char)('0' + (exponent / 100));
            output[w++] = (char)('0' + (exponent / 10 % 10));
            output[w++] = (char)('0' + (exponent % 10));
        }
    }

    // %f: integer part (at least "0"), then the given number of fraction digits.
    private static void WriteFixed(Span<char> output, ref int w, ReadOnlySpan<char> digits, int decimalPoint, int precision)
    {
        if (decimalPoint > 0)
        {
            for (var i = 0; i < decimalPoint; i++)
            {
                output[w++] = i < digits.Length ? digits[i] : '0';
            }
        }
        else
        {
            output[w++] = '0';
        }

        if (precision > 0)
        {
            output[w++] = '.';
            for (var i = 1; i <= precision; i++)
            {
                var j = decimalPoint + i - 1;
                output[w++] = j >= 0 && j < digits.Length ? digits[j] : '0';
            }
        }
    }
}
