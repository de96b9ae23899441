namespace LogMetrics.Language.Patterns;

/// <summary>
/// The ASCII-only Perl (<c>\d \s \w</c>) and POSIX (<c>[:alpha:]</c>) classes of Go's regexp/syntax.
/// Sign -1 means the class is the complement of the listed ranges.
/// </summary>
internal static class PerlClasses
{
    private static readonly List<int> s_digit = [0x30, 0x39];
    private static readonly List<int> s_space = [0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x20];
    private static readonly List<int> s_word = [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A];

    private static readonly Dictionary<string, (int Sign, List<int> Ranges)> s_perl = new(StringComparer.Ordinal)
    {
        [@"\d"] = (+1, s_digit),
        [@"\D"] = (-1, s_digit),
        [@"\s"] = (+1, s_space),
        [@"\S"] = (-1, s_space),
        [@"\w"] = (+1, s_word),
        [@"\W"] = (-1, s_word),
    };

    private static readonly Dictionary<string, List<int>> s_posix = new(StringComparer.Ordinal)
    {
        ["alnum"] = [0x30, 0x39, 0x41, 0x5A, 0x61, 0x7A],
        ["alpha"] = [0x41, 0x5A, 0x61, 0x7A],
        ["ascii"] = [0x00, 0x7F],
        ["blank"] = [0x09, 0x09, 0x20, 0x20],
        ["cntrl"] = [0x00, 0x1F, 0x7F, 0x7F],
        ["digit"] = [0x30, 0x39],
        ["graph"] = [0x21, 0x7E],
        ["lower"] = [0x61, 0x7A],
        ["print"] = [0x20, 0x7E],
        ["punct"] = [0x21, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7E],
        ["space"] = [0x09, 0x0D, 0x20, 0x20],
        ["upper"] = [0x41, 0x5A],
        ["word"] = [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A],
        ["xdigit"] = [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
    };

    /// <summary>Looks up a two-character escape such as <c>\d</c>.</summary>
    public static bool TryGetPerl(string escape, out int sign, out List<int> ranges)
    {
        if (s_perl.TryGetValue(escape, out var entry))
        {
            (sign, ranges) = entry;
            return true;
        }

        (sign, ranges) = (0, []);
        return false;
    }

    /// <summary>Looks up a whole POSIX item such as <c>[:^alpha:]</c>.</summary>
    public static bool TryGetPosix(string item, out int sign, out List<int> ranges)
    {
        var name = item[2..^2];
        sign = +1;
        if (name.StartsWith('^'))
        {
            sign = -1;
            name = name[1..];
        }

        if (s_posix.TryGetValue(name, out var found))
        {
            ranges = found;
            return true;
        }

        ranges = [];
        return false;
    }
}
