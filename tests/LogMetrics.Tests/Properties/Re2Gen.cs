using CsCheck;

namespace LogMetrics.Tests.Properties;

/// <summary>Random RE2 patterns over a small alphabet, so that generated lines often match: literals,
/// classes, groups (plain, named, non-capturing), quantifiers greedy and lazy, alternation and anchors.
/// Nested quantifiers come up often on purpose: they are the patterns that make backtracking blow up.</summary>
internal static class Re2Gen
{
    /// <summary>The characters patterns and lines are made of.</summary>
    public const string Alphabet = "abxy z=-:01.,\"[]";

    static readonly string[] Atoms =
        ["a", "b", "x", "y", " ", "=", "-", ":", "0", "1", "\\.", ",", "\"", "\\[", "\\]",
         ".", "\\d", "\\w", "\\s", "\\S", "[a-b]", "[^ ]", "[0-9]", "[xy=]", "\\b", "(?i)a"];

    static readonly string[] Quantifiers = ["", "", "", "*", "+", "?", "*?", "+?", "{2}", "{1,3}", "{2,}"];

    public static Gen<string> Pattern { get; } = Alternation(2);

    static Gen<string> Alternation(int depth) =>
        Gen.Select(Concatenation(depth).Array[1, depth + 1], Gen.Int[0, 3], (branches, anchors) =>
            ((anchors & 1) != 0 ? "^" : "") + string.Join("|", branches) + ((anchors & 2) != 0 ? "$" : ""));

    static Gen<string> Concatenation(int depth) =>
        Piece(depth).Array[1, 3].Select(pieces => string.Concat(pieces));

    static Gen<string> Piece(int depth) =>
        Gen.Select(Atom(depth), Gen.OneOf(Quantifiers), (atom, quantifier) => atom + quantifier);

    static Gen<string> Atom(int depth)
    {
        var simple = Gen.OneOf(Atoms);
        if (depth == 0)
        {
            return simple;
        }
        var inner = Alternation(depth - 1);
        return Gen.Frequency(
            (6, simple),
            (2, inner.Select(r => "(" + r + ")")),
            (1, Gen.Select(Gen.Int[0, 3], inner, (n, r) => $"(?P<n{n}>{r})")),
            (1, inner.Select(r => "(?:" + r + ")")));
    }

    /// <summary>Lines made of the pattern alphabet, now and then with a NUL, a lone surrogate, a non-ASCII
    /// letter or a long run of one character (the food of catastrophic backtracking).</summary>
    public static Gen<string> Line { get; } = Gen.Frequency(
        (8, Gen.Char[Alphabet].Array[0, 40].Select(chars => new string(chars))),
        (1, Gen.Select(Gen.Char[Alphabet], Gen.Int[50, 2000], Gen.Char[Alphabet], (c, n, end) => new string(c, n) + end)),
        (1, Gen.Char[Alphabet + "\0\uD800\uDC00é\u0085\r\t"].Array[0, 40].Select(chars => new string(chars))));
}
