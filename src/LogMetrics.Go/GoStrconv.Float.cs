using System.Globalization;

namespace LogMetrics.Go;

public static partial class GoStrconv
{
    /// <summary>
    /// Go's <c>strconv.ParseFloat(s, 64)</c>: decimal and hexadecimal (<c>0x1p-2</c>) forms, <c>_</c> separators
    /// where Go allows them, <c>inf</c>/<c>infinity</c> with an optional sign and <c>nan</c> in any case.
    /// Out-of-range values return ±Inf with <c>strconv.ParseFloat: parsing "1e999": value out of range</c>;
    /// underflow silently gives zero, as in Go.
    /// </summary>
    public static bool TryParseFloat(ReadOnlySpan<char> s, out double value, out string? error)
    {
        value = 0;
        error = null;
        if (TrySpecial(s, out var special))
        {
            value = special;
            return true;
        }

        if (!TryScanFloat(s, out var scan) || scan.Length != s.Length)
        {
            error = NumError("ParseFloat", s, "invalid syntax");
            return false;
        }

        value = scan.Hex ? HexToDouble(scan) : DecimalToDouble(s, scan.Underscores);
        if (double.IsInfinity(value))
        {
            error = NumError("ParseFloat", s, "value out of range");
            return false;
        }

        return true;
    }

    // Go accepts "inf", "infinity" (signed, any case) and "nan" (unsigned, any case) as the whole input.
    private static bool TrySpecial(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var body = s;
        var sign = 1.0;
        if (body.Length > 0 && (body[0] == '+' || body[0] == '-'))
        {
            sign = body[0] == '-' ? -1 : 1;
            body = body[1..];
            return IsInfinityWord(body) && SetValue(sign * double.PositiveInfinity, out value);
        }

        if (IsInfinityWord(body))
        {
            value = double.PositiveInfinity;
            return true;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        return false;
    }

    private static bool IsInfinityWord(ReadOnlySpan<char> s) =>
        s.Equals("inf", StringComparison.OrdinalIgnoreCase) || s.Equals("infinity", StringComparison.OrdinalIgnoreCase);

    private static bool SetValue(double v, out double value)
    {
        value = v;
        return true;
    }

    private struct FloatScan
    {
        public int Length;
        public bool Hex;
        public bool Negative;
        public bool Truncated;
        public bool Underscores;
        public ulong Mantissa;
        public int Exponent;
    }

    // Go's readFloat: the longest prefix that is a float literal, its mantissa and exponent (binary for hex).
    private static bool TryScanFloat(ReadOnlySpan<char> s, out FloatScan scan)
    {
        scan = default;
        var i = 0;
        if (i >= s.Length)
        {
            return false;
        }

        if (s[i] == '+')
        {
            i++;
        }
        else if (s[i] == '-')
        {
            scan.Negative = true;
            i++;
        }

        var @base = 10UL;
        var maxMantissaDigits = 19;
        var exponentChar = 'e';
        if (i + 2 < s.Length && s[i] == '0' && Lower(s[i + 1]) == 'x')
        {
            @base = 16;
            maxMantissaDigits = 16;
            i += 2;
            exponentChar = 'p';
            scan.Hex = true;
        }

        bool sawDot = false, sawDigits = false;
        int digitCount = 0, mantissaDigits = 0, decimalPoint = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '_')
            {
                scan.Underscores = true;
                continue;
            }

            if (c == '.')
            {
                if (sawDot)
                {
                    break;
                }

                sawDot = true;
                decimalPoint = digitCount;
                continue;
            }

            int digit;
            if (c is >= '0' and <= '9')
            {
                digit = c - '0';
                sawDigits = true;
                if (digit == 0 && digitCount == 0)
                {
                    // Leading zeros only move the decimal point.
                    decimalPoint--;
                    continue;
                }
            }
            else if (@base == 16 && Lower(c) is >= 'a' and <= 'f')
            {
                digit = Lower(c) - 'a' + 10;
                sawDigits = true;
            }
            else
            {
                break;
            }

            digitCount++;
            if (mantissaDigits < maxMantissaDigits)
            {
                scan.Mantissa = (scan.Mantissa * @base) + (ulong)digit;
                mantissaDigits++;
            }
            else if (digit != 0 || @base == 16)
            {
                scan.Truncated = true;
            }
        }

        if (!sawDigits)
        {
            return false;
        }

        if (!sawDot)
        {
            decimalPoint = digitCount;
        }

        if (@base == 16)
        {
            decimalPoint *= 4;
            mantissaDigits *= 4;
        }

        if (i < s.Length && Lower(s[i]) == exponentChar)
        {
            i++;
            if (i >= s.Length)
            {
                return false;
            }

            var exponentSign = 1;
            if (s[i] == '+')
            {
                i++;
            }
            else if (s[i] == '-')
            {
                i++;
                exponentSign = -1;
            }

            if (i >= s.Length || s[i] is < '0' or > '9')
            {
                return false;
            }

            var e = 0;
            for (; i < s.Length && (s[i] is >= '0' and <= '9' || s[i] == '_'); i++)
            {
                if (s[i] == '_')
                {
                    scan.Underscores = true;
                    continue;
                }

                // Go stops accumulating at 10000: anything larger is already out of range.
                if (e < 10000)
                {
                    e = (e * 10) + (s[i] - '0');
                }
            }

            decimalPoint += e * exponentSign;
        }
        else if (@base == 16)
        {
            // A hex mantissa needs its 'p' exponent.
            return false;
        }

        if (scan.Mantissa != 0)
        {
            scan.Exponent = decimalPoint - mantissaDigits;
        }

        if (scan.Underscores && !UnderscoreOk(s[..i]))
        {
            return false;
        }

        scan.Length = i;
        return true;
    }

    // The syntax is already Go's; .NET's parser rounds correctly, so it supplies the value.
    private static double DecimalToDouble(ReadOnlySpan<char> s, bool underscores)
    {
        if (!underscores)
        {
            return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c != '_')
            {
                buffer[n++] = c;
            }
        }

        return double.Parse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // Go's atofHex for float64: round a binary mantissa * 2^exp to 53 bits, half to even.
    private static double HexToDouble(FloatScan scan)
    {
        const int mantissaBits = 52;
        const int bias = -1023;
        const int maxExponent = 1023;
        const int minExponent = bias + 1;
        var mantissa = scan.Mantissa;
        var exp = scan.Exponent + mantissaBits;

        // Normalise to a leading 1 followed by 52 bits plus two rounding bits; the lowest is sticky.
        while (mantissa != 0 && mantissa >> (mantissaBits + 2) == 0)
        {
            mantissa <<= 1;
            exp--;
        }

        if (scan.Truncated)
        {
            mantissa |= 1;
        }

        while (mantissa >> (1 + mantissaBits + 2) != 0)
        {
            mantissa = (mantissa >> 1) | (mantissa & 1);
            exp++;
        }

        // Denormalise very small values so they may still be representable.
        while (mantissa > 1 && exp < minExponent - 2)
        {
            mantissa = (mantissa >> 1) | (mantissa & 1);
            exp++;
        }

        var round = mantissa & 3;
        mantissa >>= 2;
        round |= mantissa & 1;
        exp += 2;
        if (round == 3)
        {
            mantissa++;
            if (mantissa == 1UL << (1 + mantissaBits))
            {
                mantissa >>= 1;
                exp++;
            }
        }

        if (mantissa >> mantissaBits == 0)
        {
            exp = bias;
        }

        if (exp > maxExponent)
        {
            return scan.Negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        var bits = mantissa & ((1UL << mantissaBits) - 1);
        bits |= (ulong)((exp - bias) & 0x7FF) << mantissaBits;
        if (scan.Negative)
        {
            bits |= 1UL << 63;
        }

        return BitConverter.UInt64BitsToDouble(bits);
    }
}
