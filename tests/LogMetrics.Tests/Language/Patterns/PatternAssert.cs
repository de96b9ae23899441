using System.Text.RegularExpressions;
using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

/// <summary>Helpers shared by the pattern tests.</summary>
internal static class PatternAssert
{
    public static TranslatedPattern Translate(string pattern)
    {
        Re2Translator.TryTranslate(pattern, out var result, out var error).Should().BeTrue(because: error);
        return result!;
    }

    /// <summary>
    /// Runs the translated pattern like Go's FindStringSubmatch: null when there is no match,
    /// otherwise group 0..n, with null for a group that did not take part.
    /// </summary>
    public static string?[]? FindSubmatch(string pattern, string input, RegexOptions extra = RegexOptions.None)
    {
        var translated = Translate(pattern);
        var match = new Regex(translated.DotNetPattern, translated.Options | extra).Match(input);
        if (!match.Success)
        {
            return null;
        }

        var groups = new string?[translated.Groups.Length + 1];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = match.Groups[i].Success ? match.Groups[i].Value : null;
        }

        return groups;
    }
}
