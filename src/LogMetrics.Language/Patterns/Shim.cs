// TEMPORARY: stand-in until the RE2 translation branch is merged. Removed at merge.
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LogMetrics.Language.Patterns;

public enum CaptureType
{
    Int,
    Float,
    String,
}

public sealed record CaptureGroup(int Index, string? Name, CaptureType Type);

public sealed record TranslatedPattern(string Source, string DotNetPattern, RegexOptions Options, ImmutableArray<CaptureGroup> Groups);

public static class Re2Translator
{
    public static bool TryTranslate(string pattern, [NotNullWhen(true)] out TranslatedPattern? result, [NotNullWhen(false)] out string? error)
    {
        try
        {
            var re = new Regex(pattern.Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.CultureInvariant);
            var groups = re.GetGroupNumbers().Where(n => n > 0).Select(n => new CaptureGroup(n, null, CaptureType.String)).ToImmutableArray();
            result = new TranslatedPattern(pattern, pattern, RegexOptions.CultureInvariant, groups);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            result = null;
            error = "error parsing regexp: " + e.Message;
            return false;
        }
    }
}
