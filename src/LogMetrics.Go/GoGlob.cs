using System.Text;
using System.Text.RegularExpressions;

namespace LogMetrics.Go;

/// <summary>
/// Go's <c>filepath.Glob</c>: <c>*</c>, <c>?</c> and <c>[…]</c> (negated with <c>^</c>) in any
/// path component, no <c>**</c>; results sorted within each directory. A pattern without
/// wildcards names one path, which is returned only if it exists. Unreadable directories are
/// skipped, as Go does.
/// </summary>
public static class GoGlob
{
    public static IReadOnlyList<string> Expand(string pattern)
    {
        if (!HasMeta(pattern))
        {
            return File.Exists(pattern) || Directory.Exists(pattern) ? [pattern] : [];
        }
        var dir = Path.GetDirectoryName(pattern);
        var file = Path.GetFileName(pattern);
        IEnumerable<string> dirs = string.IsNullOrEmpty(dir) ? ["."] : HasMeta(dir) ? Expand(dir) : [dir];
        var matcher = Compile(file);
        var results = new List<string>();
        foreach (var d in dirs)
        {
            if (!Directory.Exists(d))
            {
                continue;
            }
            string[] names;
            try
            {
                names = [.. Directory.EnumerateFileSystemEntries(d).Select(Path.GetFileName).OfType<string>()
                    .Where(n => matcher.IsMatch(n)).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Go's Glob ignores I/O errors such as an unreadable directory, and so do we: the
                // other directories still match, and the next poll tries again.
                continue;
            }
            results.AddRange(names.Select(n => string.IsNullOrEmpty(dir) ? n : Path.Combine(d, n)));
        }
        return results;
    }

    /// <summary>
    /// Whether <paramref name="path"/> is one <see cref="Expand"/> would give for <paramref name="pattern"/> if it
    /// existed: component by component, as Go's <c>filepath.Match</c>.
    /// </summary>
    public static bool Matches(string pattern, string path)
    {
        if (!HasMeta(pattern))
        {
            return string.Equals(pattern, path, StringComparison.Ordinal);
        }
        var patternParts = pattern.Split('/');
        var pathParts = path.Split('/');
        if (patternParts.Length != pathParts.Length)
        {
            return false;
        }
        for (var i = 0; i < patternParts.Length; i++)
        {
            var part = patternParts[i];
            if (HasMeta(part) ? !Compile(part).IsMatch(pathParts[i]) : !string.Equals(part, pathParts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    static bool HasMeta(string path) => path.AsSpan().IndexOfAny("*?[\\") >= 0;

    // Translates one path component's pattern to an anchored regex; `*` and `?` never match `/`.
    static Regex Compile(string pattern)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '\\' when i + 1 < pattern.Length:
                    sb.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        sb.Append(@"\[");
                        break;
                    }
                    var body = pattern[(i + 1)..end];
                    var negate = body.StartsWith('^');
                    sb.Append(negate ? "[^" : "[").Append(body[(negate ? 1 : 0)..].Replace("\\", "\\\\", StringComparison.Ordinal)).Append(']');
                    i = end;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
