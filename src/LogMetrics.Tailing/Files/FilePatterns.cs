using LogMetrics.Go;
using System.Text.RegularExpressions;

namespace LogMetrics.Tailing.Files;

/// <summary>
/// The file patterns of <c>-logs</c>, expanded again at every pattern poll: absolute paths of
/// existing files, directories and names matching <c>-ignore_filename_regex_pattern</c> left out.
/// </summary>
internal sealed class FilePatterns
{
    readonly List<string> _globs;
    readonly Regex? _ignore;

    /// <param name="globs">Patterns; relative ones are made absolute now, against the current directory (as mtail does).</param>
    /// <param name="ignoreRegex">Matched against base names; an invalid regex throws <see cref="ArgumentException"/>.</param>
    public FilePatterns(IEnumerable<string> globs, string? ignoreRegex)
    {
        _globs = [.. globs.Select(Path.GetFullPath)];
        _ignore = string.IsNullOrEmpty(ignoreRegex) ? null : new Regex(ignoreRegex, RegexOptions.CultureInvariant);
    }

    /// <summary>The patterns, made absolute.</summary>
    public IReadOnlyList<string> Globs => _globs;

    /// <summary>Whether <paramref name="path"/> (absolute) is one the patterns ask for, whether or not it exists now.</summary>
    public bool Wants(string path) =>
        _ignore?.IsMatch(Path.GetFileName(path)) != true && _globs.Exists(glob => GoGlob.Matches(glob, path));

    public IEnumerable<string> Expand()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var glob in _globs)
        {
            foreach (var path in GoGlob.Expand(glob))
            {
                if (seen.Add(path) && _ignore?.IsMatch(Path.GetFileName(path)) != true && !Directory.Exists(path))
                {
                    yield return path;
                }
            }
        }
    }
}
