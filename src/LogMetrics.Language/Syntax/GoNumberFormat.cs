using System.Globalization;
using System.Text;

namespace LogMetrics.Language.Syntax;

/// <summary>
/// Go's <c>strconv.FormatFloat(f, 'g', -1, 64)</c> (what <c>%g</c> prints): the shortest digits
/// that read back as the same double, in exponent form when the exponent is below -4 or at least 6.
/// </summary>
static class GoNumberFormat
{
    public static string G(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }
        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0";
        }
        var (digits, point) = ShortestDigits(Math.Abs(value));
        var exponent = point - 1;
        return sign + (exponent < -4 || exponent >= 6 ? Scientific(digits, exponent) : Fixed(digits, point));
    }

    // .NET's "R" yields the shortest round-tripping digits, like Go; only the layout differs.
    // Returns the significant digits and the decimal point's position relative to them.
    static (string Digits, int Point) ShortestDigits(double magnitude)
    {
        var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var point = (dot < 0 ? text.Length : dot) + exponent;
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        var leading = digits.Length - digits.TrimStart('0').Length;
        return (digits.Trim('0'), point - leading);
    }

    static string Scientific(string digits, int exponent)
    {
        var sb = new StringBuilder().Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }
        sb.Append('e').Append(exponent < 0 ? '-' : '+');
        sb.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    static string Fixed(string digits, int point)
    {
        if (point <= 0)
        {
            return "0." + new string('0', -point) + digits;
        }
        if (point >= digits.Length)
        {
            return digits + new string('0', point - digits.Length);
        }
        return digits[..point] + "." + digits[point..];
    }
}
