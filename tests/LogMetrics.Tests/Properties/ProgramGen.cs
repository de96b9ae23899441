using CsCheck;

namespace LogMetrics.Tests.Properties;

/// <summary>
/// Random mtail programs from the grammar: declarations of every kind and attribute, consts, decorators,
/// pattern and expression conditions with else and otherwise, assignments, increments, del, stop, every
/// builtin and most operators, typed so that most programs compile. A fifth of them are then broken a little
/// (a character dropped, a token inserted, the text cut short), so the error paths are walked as well.
/// </summary>
internal static class ProgramGen
{
    static readonly string[] Declarations =
        ["counter c0", "counter c1 by k0 limit 3", "gauge g0", "gauge g1 by k0, k1", "text t0",
         "histogram h0 buckets 0, 1, 2.5, 10", "timer tm0 by k0", "gauge g2 as \"alias\""];

    // Uses every declaration once, so none is reported unused.
    const string UseAll = "/(?P<v>.*)/ {\n  c0++\n  c1[$v]++\n  g0 = 1\n  g1[\"a\"][$v] = 2\n  t0 = $v\n  h0 = 3\n  tm0[\"x\"] = 4\n  g2 = 5\n}";

    static readonly string[] ArithmeticOperators = ["+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>"];

    static readonly string[] Comparisons = ["<", "<=", "==", "!=", ">=", ">"];

    static readonly string[] Debris = ["{", "}", "(", ")", "/", "$", "\"", "++", "by", ",", "\n", "[", "]", "@d", "0x", "-", "=~", "else", "$v", "9999999999999999999999"];

    // Static properties initialise in text order: this one must come before Program, which uses it.
    static Gen<string> Pattern { get; } =
        Re2Gen.Pattern.Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\(\?P<n[0-9]>", "("));

    static Gen<string> Number(int depth)
    {
        var leaf = Gen.Frequency(
            (3, Gen.Int[-5, 300].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.OneOf("0.5", "1e3", "0x1f", "2.25", "9223372036854775807", "0")),
            (2, Gen.OneOf("c0", "g0", "c1[$v]", "g1[\"a\"][\"b\"]", "timestamp()")));
        if (depth == 0)
        {
            return leaf;
        }
        var inner = Number(depth - 1);
        var text = Text(depth - 1);
        return Gen.Frequency(
            (4, leaf),
            (3, Gen.Select(inner, Gen.OneOf(ArithmeticOperators), inner, (a, op, b) => $"{a} {op} {b}")),
            (1, inner.Select(e => "(" + e + ")")),
            (1, inner.Select(e => "~" + e)),
            (1, text.Select(e => $"len({e})")),
            (1, text.Select(e => $"strtol({e}, 10)")),
            (1, text.Select(e => $"int({e})")),
            (1, text.Select(e => $"float({e})")));
    }

    static Gen<string> Text(int depth)
    {
        var leaf = Gen.Frequency(
            (2, Gen.OneOf("\"\"", "\"a\"", "\"x y\"", "\"\\\"\"", "\"2024-01-02T03:04:05\"")),
            (6, Gen.OneOf("$v", "$v", "$1", "$0")),
            (1, Gen.Const("getfilename()")));
        if (depth == 0)
        {
            return leaf;
        }
        var inner = Text(depth - 1);
        return Gen.Frequency(
            (4, leaf),
            (1, Gen.Select(inner, inner, (a, b) => $"{a} + {b}")),
            (1, inner.Select(e => $"tolower({e})")),
            (1, Number(depth - 1).Select(e => $"string({e})")),
            (1, Gen.Select(inner, inner, (a, b) => $"subst({a}, \"-\", {b})")),
            (1, Gen.Select(Re2Gen.Pattern, inner, (p, e) => $"subst({Slashed(p)}, \"-\", {e})")));
    }

    static Gen<string> Boolean(int depth) => Gen.Frequency(
        (3, Gen.Select(Number(depth), Gen.OneOf(Comparisons), Number(depth), (a, op, b) => $"{a} {op} {b}")),
        (2, Gen.Select(Text(depth), Re2Gen.Pattern, (e, p) => $"{e} =~ {Slashed(p)}")),
        (1, Gen.Select(Text(depth), Re2Gen.Pattern, (e, p) => $"{e} !~ {Slashed(p)}")),
        (1, Gen.Select(Number(depth), Number(depth), (a, b) => $"{a} > 0 && {b} < 9 || c0 == 1")));

    // Every pattern condition captures $1 and $v, so the statements' caprefs resolve; the pattern's own
    // groups are unnamed, since the same name twice in one pattern is an error.
    static Gen<string> Condition(int depth) => Gen.Frequency(
        (5, Pattern.Select(p => Slashed($"(?P<v>{p})"))),
        (1, Gen.Select(Pattern, Gen.OneOf("<", ">"), (p, op) => Slashed($"(?P<v>{p})") + $" && c0 {op} 5")),
        (1, Boolean(1)),
        (1, Gen.Const("C")));

    static Gen<string> Statement(int depth)
    {
        var number = Number(2);
        var text = Text(2);
        var simple = Gen.Frequency(
            (3, Gen.OneOf("c0++", "c1[$v]++", "tm0[$1]++")),
            (2, number.Select(e => $"c0 += {e}")),
            (2, number.Select(e => $"g0 = {e}")),
            (2, number.Select(e => $"g1[$v][\"k\"] = {e}")),
            (1, number.Select(e => $"h0 = {e}")),
            (1, text.Select(e => $"t0 = {e}")),
            (1, Gen.OneOf("del c1[$v]", "del g1[$1][\"k\"] after 1h", "stop")),
            (1, Gen.OneOf("strptime($v, \"2006-01-02T15:04:05\")", "strptime($1, \"Jan _2 15:04:05\")")),
            (1, number.Select(e => $"settime({e})")));
        return depth == 0 ? simple : Gen.Frequency((6, simple), (1, Block(depth - 1)));
    }

    static Gen<string> Block(int depth) =>
        Gen.Select(Condition(depth), Statement(depth).Array[1, 3], Gen.Int[0, 4], (condition, body, tail) =>
            condition + " {\n" + string.Join("\n", body) + "\n}"
            + tail switch { 0 => " else {\n  stop\n}", 1 => "\notherwise {\n  c0++\n}", _ => "" });

    public static Gen<string> Program { get; } =
        Gen.Select(Block(2).Array[1, 4], Gen.Bool, Gen.Bool, (blocks, withConst, withDecorator) =>
                string.Join("\n", Declarations)
                + "\nconst C /(?P<v>a+)(b)?/"
                + "\ndef d {\n  /x/ {\n    next\n  }\n}\n"
                + (withDecorator ? "@d {\n  c0++\n}\n" : "@d {\n  stop\n}\n")
                + (withConst ? "C {\n  c0++\n}\n" : "C && c0 > 1 {\n  c0 += 2\n}\n")
                + string.Join("\n", blocks) + "\n" + UseAll + "\n")
        .SelectMany(program => Gen.Frequency((4, Gen.Const(program)), (1, Broken(program))));

    static string Slashed(string pattern) => "/" + pattern + "/";

    static Gen<string> Broken(string program) =>
        Gen.Select(Gen.Int[0, Math.Max(program.Length - 1, 0)], Gen.Int[0, 2], Gen.OneOf(Debris), (at, how, debris) => how switch
        {
            0 => program.Remove(at, Math.Min(1, program.Length - at)),
            1 => program.Insert(at, debris),
            _ => program[..at],
        });
}
