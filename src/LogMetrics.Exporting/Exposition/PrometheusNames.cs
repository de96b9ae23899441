namespace LogMetrics.Exporting.Exposition;

/// <summary>Prometheus name rules and text escaping, as client_golang applies them for mtail.</summary>
internal static class PrometheusNames
{
    /// <summary>mtail's only sanitising: <c>-</c> becomes <c>_</c>.</summary>
    public static string Sanitize(string exportedName) => exportedName.Replace('-', '_');

    /// <summary><c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>.</summary>
    public static bool IsValidMetricName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!(char.IsAsciiLetter(c) || c is '_' or ':' || (i > 0 && char.IsAsciiDigit(c))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>[a-zA-Z_][a-zA-Z0-9_]*</c> and not starting with the reserved <c>__</c>.</summary>
    public static bool IsValidLabelName(string name)
    {
        if (name.Length == 0 || name.StartsWith("__", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!(char.IsAsciiLetter(c) || c == '_' || (i > 0 && char.IsAsciiDigit(c))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a label value is valid UTF-16 (Go rejects values that are not valid UTF-8).</summary>
    public static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
