namespace LogMetrics.Go;

/// <summary>Orders strings like Go compares them: by UTF-8 bytes, which is Unicode code point order.</summary>
/// <remarks>Plain ordinal comparison orders UTF-16 code units, which puts U+E000–U+FFFF after the
/// supplementary planes; Go (map-key sorting in encoding/json, Prometheus label sorting) does not.</remarks>
public sealed class GoStringComparer : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static readonly GoStringComparer Instance = new();

    private GoStringComparer()
    {
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var common = Math.Min(x.Length, y.Length);
        for (var i = 0; i < common; i++)
        {
            if (x[i] != y[i])
            {
                return Fixup(x[i]).CompareTo(Fixup(y[i]));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    // Moves surrogates above U+E000–U+FFFF so UTF-16 units compare in code point order.
    private static int Fixup(char c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
}
