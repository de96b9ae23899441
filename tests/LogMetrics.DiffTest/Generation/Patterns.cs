using System.Text;

namespace LogMetrics.DiffTest.Generation;

/// <summary>The value type mtail infers for a capture group (Int and Float for the digit shapes it recognises).</summary>
public enum ValueType
{
    Int,
    Float,
    String,
}

/// <summary>A capture group in scope: how a program refers to it and what it holds.</summary>
public sealed record Capture(string Ref, ValueType Type, bool IsTimestamp = false);

/// <summary>One shape of capture group: its regex, its inferred type, and texts a line may put there.</summary>
public sealed record GroupShape(string Regex, ValueType Type, string[] Samples, bool IsTimestamp = false);

/// <summary>A generated regex with the captures it declares and a way to write lines it matches.</summary>
public sealed class PatternSpec
{
    public required string Regex { get; init; }

    public required IReadOnlyList<Capture> NamedOrNumbered { get; init; }

    /// <summary>The captures a decorated block sees: named groups by name only, the others by number.</summary>
    public required IReadOnlyList<Capture> InDecorator { get; init; }

    public required Func<Random, string> MakeLine { get; init; }
}

/// <summary>Regexes built from a keyword and a few parts, each either literal text or a capture group.</summary>
public static class Patterns
{
    static readonly string[] Keywords = ["req", "job", "x", "err", "sys"];

    static readonly GroupShape[] Shapes =
    [
        new(@"\d+", ValueType.Int, ["0", "7", "10", "9", "42", "0777", "123456789", "9223372036854775807", "99999999999999999999"]),
        new(@"-?\d+", ValueType.Int, ["-3", "5", "-0", "12", "-9223372036854775808"]),
        new(@"\d+\.\d+", ValueType.Float, ["1.5", "0.0", "10.25", "2.50", "3.0", "1000000.125"]),
        new(@"-?\d+\.\d+", ValueType.Float, ["-1.5", "0.25", "-0.0", "7.75"]),
        new(@"[a-z]+", ValueType.String, ["ab", "y", "nan", "inf", "abc", "e", "get"]),
        new(@"\S+", ValueType.String, ["10", "9", "1.0", "1e3", "abc", "Y", "NaN", "-3", "0x1F", "+5", "1_000", "Inf", "-0", ".5", "a-b", "1-2", "ABC", "007", "1e400", "0.1"]),
        new(@"\w+", ValueType.String, ["ab", "10", "x_1", "Y", "007", "0"]),
        new(@"\d", ValueType.String, ["0", "3", "7", "9"]),
        new(@"[0-9a-f]+", ValueType.String, ["ff", "10", "deadbeef", "7", "0"]),
        new(@"GET|POST|put", ValueType.String, ["GET", "POST", "put"]),
        new(@"\d*", ValueType.Int, ["", "5", "12"]),
        new(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", ValueType.String, ["2024-01-02T03:04:05", "1999-12-31T23:59:59", "2038-01-19T03:14:08", "1970-01-01T00:00:00"], IsTimestamp: true),
    ];

    static readonly string[] LiteralWords = ["a", "ok", "ms", "id", "to"];

    public static string Keyword(Random rng) => Keywords[rng.Next(Keywords.Length)];

    /// <summary>A pattern of 1 to 4 parts, about half its groups named (<c>(?P&lt;gN&gt;…)</c>).</summary>
    // Only valid dates: a failed strptime leaves the wall clock, which differs between two runs.
    public static PatternSpec Make(Random rng, ref int nameCounter)
    {
        var keyword = Keyword(rng);
        var regex = new StringBuilder();
        var anchored = rng.Next(10) < 7;
        if (anchored)
        {
            regex.Append('^');
        }
        regex.Append(keyword);
        var parts = new List<Func<Random, string>> { _ => keyword };
        var all = new List<Capture>();
        var inDecorator = new List<Capture>();
        var groupNumber = 0;
        var count = 1 + rng.Next(4);
        for (var i = 0; i < count; i++)
        {
            regex.Append(' ');
            if (rng.Next(5) == 0)
            {
                var word = LiteralWords[rng.Next(LiteralWords.Length)];
                regex.Append(word);
                parts.Add(_ => word);
                continue;
            }
            var shape = Shapes[rng.Next(Shapes.Length)];
            groupNumber++;
            var named = rng.Next(2) == 0;
            var name = named ? "g" + nameCounter++ : null;
            regex.Append(named ? $"(?P<{name}>{shape.Regex})" : $"({shape.Regex})");
            var number = "$" + groupNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            all.Add(new Capture(number, shape.Type, shape.IsTimestamp));
            if (named)
            {
                all.Add(new Capture("$" + name, shape.Type, shape.IsTimestamp));
                inDecorator.Add(new Capture("$" + name, shape.Type, shape.IsTimestamp));
            }
            else
            {
                inDecorator.Add(new Capture(number, shape.Type, shape.IsTimestamp));
            }
            parts.Add(r => shape.Samples[r.Next(shape.Samples.Length)]);
        }
        if (rng.Next(2) == 0)
        {
            regex.Append('$');
        }
        return new PatternSpec
        {
            Regex = regex.ToString(),
            NamedOrNumbered = all,
            InDecorator = inDecorator,
            MakeLine = r => string.Join(' ', parts.Select(p => p(r))),
        };
    }

    /// <summary>A small regex without groups, for matches (<c>=~</c>) and <c>subst</c>.</summary>
    public static string Small(Random rng) => rng.Next(8) switch
    {
        0 => "^a",
        1 => @"\d",
        2 => "b$",
        3 => "[A-Z]+",
        4 => @"^\d+$",
        5 => "x|y",
        6 => @"\.",
        _ => "-",
    };
}
