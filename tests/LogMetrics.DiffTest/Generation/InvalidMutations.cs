namespace LogMetrics.DiffTest.Generation;

/// <summary>
/// Deliberately broken programs, made from valid ones, to compare <c>-compile_only</c>: the exit code
/// and the first error's position and text. Each mutation is a mistake people make.
/// </summary>
public static class InvalidMutations
{
    static readonly Func<string, Random, string?>[] Mutations =
    [
        DropBrace,
        AddUndeclared,
        AddBadRegex,
        AddTypeError,
        AddRedeclaration,
        AddNextOutsideDecorator,
        AddUnknownCapture,
        AddDivisionByZero,
        DropNewline,
        AddStrayToken,
    ];

    public static string Apply(string program, Random rng)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (Mutations[rng.Next(Mutations.Length)](program, rng) is { } mutated)
            {
                return mutated;
            }
        }
        return AddUndeclared(program, rng)!;
    }

    static string[] Lines(string program) => program.TrimEnd('\n').Split('\n');

    static string Join(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    static string InsertAt(string program, Random rng, string line)
    {
        var lines = Lines(program).ToList();
        // After the declarations, at a line that is not inside an unfinished statement.
        lines.Insert(rng.Next(lines.Count / 2, lines.Count + 1), line);
        return Join(lines);
    }

    static string? DropBrace(string program, Random rng)
    {
        var indexes = program.Select((c, i) => (c, i)).Where(p => p.c is '{' or '}').Select(p => p.i).ToList();
        if (indexes.Count == 0)
        {
            return null;
        }
        var at = indexes[rng.Next(indexes.Count)];
        return program.Remove(at, 1);
    }

    static string? AddUndeclared(string program, Random rng) => InsertAt(program, rng, "undeclared_metric++");

    static string? AddBadRegex(string program, Random rng) => InsertAt(program, rng, rng.Next(3) switch
    {
        0 => "/(unclosed/ {\n}",
        1 => "/a**/ {\n}",
        _ => "/\\1/ {\n}",
    });

    static string? AddTypeError(string program, Random rng) => InsertAt(program, rng, rng.Next(3) switch
    {
        0 => "tolower(1) == \"x\" {\n}",
        1 => "settime(1) < 1 {\n}",
        _ => "strptime(\"x\", 1)",
    });

    static string? AddRedeclaration(string program, Random rng)
    {
        var decl = Lines(program).FirstOrDefault(l => l.StartsWith("counter ", StringComparison.Ordinal) || l.StartsWith("gauge ", StringComparison.Ordinal));
        return decl is null ? null : decl + "\n" + program;
    }

    static string? AddNextOutsideDecorator(string program, Random rng) => InsertAt(program, rng, "next");

    static string? AddUnknownCapture(string program, Random rng)
    {
        var lines = Lines(program);
        var withCapture = lines.Select((l, i) => (l, i)).Where(p => p.l.Contains('$', StringComparison.Ordinal) && !p.l.TrimStart().StartsWith('/')).ToList();
        if (withCapture.Count == 0)
        {
            return null;
        }
        var (line, index) = withCapture[rng.Next(withCapture.Count)];
        var at = line.IndexOf('$', StringComparison.Ordinal);
        lines[index] = line[..at] + "$9" + line[(at + 1)..].TrimStart("0123456789".ToCharArray());
        return Join(lines);
    }

    static string? AddDivisionByZero(string program, Random rng) => InsertAt(program, rng, rng.Next(2) == 0 ? "1 / 0 > 1 {\n}" : "2 % 0 == 1 {\n}");

    static string? DropNewline(string program, Random rng)
    {
        var lines = Lines(program).ToList();
        if (lines.Count < 3)
        {
            return null;
        }
        var at = rng.Next(lines.Count - 1);
        lines[at] = lines[at] + " " + lines[at + 1].TrimStart();
        lines.RemoveAt(at + 1);
        return Join(lines);
    }

    static string? AddStrayToken(string program, Random rng) => InsertAt(program, rng, rng.Next(3) switch
    {
        0 => ")",
        1 => "counter",
        _ => "else {\n}",
    });
}
