using System.Text;

namespace LogMetrics.Runtime.Builtins;

/// <summary><c>subst(old, new, s)</c> with a string: Go's <c>strings.ReplaceAll</c>.</summary>
public static class Substitute
{
    public static string ReplaceAll(string subject, string old, string replacement)
    {
        if (old.Length > 0)
        {
            return subject.Replace(old, replacement, StringComparison.Ordinal);
        }
        // Go inserts the replacement before every rune and at the end when `old` is empty.
        var sb = new StringBuilder(subject.Length * (replacement.Length + 1) + replacement.Length);
        foreach (var rune in subject.EnumerateRunes())
        {
            sb.Append(replacement).Append(rune.ToString());
        }
        return sb.Append(replacement).ToString();
    }
}
