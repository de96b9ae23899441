namespace LogMetrics.Go;

/// <summary>
/// Go's arithmetic where it differs from .NET's. <c>**</c> goes through Go's <c>math.Pow</c>, which
/// is not correctly rounded as .NET's <see cref="Math.Pow"/> is: it multiplies out the integer part
/// of the exponent by repeated squaring of the mantissa (tracking the binary exponent apart, so no
/// intermediate overflows) and the fractional part as exp(f·ln x); only an exponent of exactly ±½ is
/// a square root. So <c>1.1 ** 10</c> is 2.593742460100002 in mtail, not 2.5937424601000023.
/// </summary>
public static class GoMath
{
    /// <summary>mtail computes integer powers as <c>int64(math.Pow(a, b))</c>.</summary>
    public static long PowInt(long a, long b) => SaturatingToInt64(Pow(a, b));

    /// <summary>Go's float64-to-int64 conversion on amd64: out of range and NaN give the minimum value.</summary>
    public static long SaturatingToInt64(double value) =>
        double.IsNaN(value) || value >= 9.2233720368547758E18 || value < -9.2233720368547758E18 ? long.MinValue : (long)value;

    /// <summary>Go's <c>math.Pow(x, y)</c>, special cases included (they are IEEE's, as Go documents them).</summary>
    public static double Pow(double x, double y)
    {
        if (y == 0 || x == 1)
        {
            return 1;
        }
        if (y == 1)
        {
            return x;
        }
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }
        if (x == 0 || double.IsInfinity(x) || double.IsInfinity(y))
        {
            // Zeros and infinities follow IEEE 754's pow, which .NET implements exactly.
            return Math.Pow(x, y);
        }
        if (y == 0.5)
        {
            return Math.Sqrt(x);
        }
        if (y == -0.5)
        {
            return 1 / Math.Sqrt(x);
        }
        var whole = Math.Truncate(Math.Abs(y));
        var fraction = Math.Abs(y) - whole;
        if (fraction != 0 && x < 0)
        {
            return double.NaN;
        }
        if (whole >= 9.2233720368547758E18)
        {
            // An exponent this large leaves only the limits (|x| ≠ 1 here; x = -1 gives 1).
            return x == -1 ? 1 : (Math.Abs(x) < 1) == (y > 0) ? 0 : double.PositiveInfinity;
        }

        // The fractional part, kept within ±½ by moving a unit to the integer part.
        var result = 1.0;
        long exponent = 0;
        if (fraction != 0)
        {
            if (fraction > 0.5)
            {
                fraction--;
                whole++;
            }
            result = Math.Exp(fraction * Math.Log(x));
        }

        // The integer part: square the mantissa (in [½, 1)) and double its exponent at each bit.
        var (mantissa, mantissaExponent) = Frexp(x);
        for (var bits = (long)whole; bits != 0; bits >>= 1)
        {
            if (mantissaExponent is < -(1 << 12) or > 1 << 12)
            {
                // Far past the range of a double: let the final scaling overflow or underflow.
                exponent += mantissaExponent;
                break;
            }
            if ((bits & 1) == 1)
            {
                result *= mantissa;
                exponent += mantissaExponent;
            }
            mantissa *= mantissa;
            mantissaExponent <<= 1;
            if (mantissa < 0.5)
            {
                mantissa += mantissa;
                mantissaExponent--;
            }
        }
        if (y < 0)
        {
            result = 1 / result;
            exponent = -exponent;
        }
        return Ldexp(result, exponent);
    }

    // x = mantissa · 2^exponent with |mantissa| in [½, 1), for finite non-zero x.
    static (double Mantissa, long Exponent) Frexp(double x)
    {
        var exponent = (long)Math.ILogB(x) + 1;
        return (Math.ScaleB(x, (int)-exponent), exponent);
    }

    // mantissa · 2^exponent, rounded once (ScaleB is exact until the result is subnormal, where it rounds as Go does).
    static double Ldexp(double mantissa, long exponent) =>
        Math.ScaleB(mantissa, (int)Math.Clamp(exponent, int.MinValue / 2, int.MaxValue / 2));
}
