using System.Text;

namespace LogMetrics.Runtime.Builtins;

/// <summary><c>tolower(s)</c>: Go's <c>strings.ToLower</c>, the simple Unicode lower-case mapping rune by rune.</summary>
public static class ToLower
{
    const int CapitalIWithDot = 0x130;

    public static string Apply(string s)
    {
        if (Ascii.IsValid(s))
        {
            return s.ToLowerInvariant();
        }
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            // .NET's invariant casing leaves the Turkish dotted capital I alone; Go maps it to 'i'.
            sb.Append(rune.Value == CapitalIWithDot ? new Rune('i') : Rune.ToLowerInvariant(rune));
        }
        return sb.ToString();
    }
}
