using System.Text;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;
using LogMetrics.Tailing;

namespace LogMetrics.Fuzz;

/// <summary>What the fuzzer drives. A target reports a finding by throwing: the front end must turn any bytes
/// into a result with diagnostics, and the splitter must keep its invariants on any bytes.</summary>
internal static class FuzzTargets
{
    // Small, so the cut path is exercised by short inputs.
    const int MaxLineBytes = 64;

    public static IReadOnlyDictionary<string, Action<Stream>> All { get; } = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["parser"] = Compile,
        ["splitter"] = Split,
    };

    // Lexer, parser, checker and pattern translation, and the diagnostics' text.
    static void Compile(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var result = MtailCompiler.Compile(SourceText.From("fuzz.mtail", buffer.ToArray()));
        foreach (var diagnostic in result.Diagnostics)
        {
            _ = diagnostic.ToString();
        }
    }

    // The first byte picks the read size, so lines and characters split across reads in every way.
    static void Split(Stream input)
    {
        var chunk = Math.Max(1, input.ReadByte());
        var splitter = new LineSplitter(MaxLineBytes);
        var buffer = new byte[chunk];
        int read;
        while ((read = input.Read(buffer, 0, chunk)) > 0)
        {
            splitter.Feed(buffer.AsSpan(0, read), Check);
        }
        splitter.Flush(Check);
    }

    static void Check(string line)
    {
        if (line.Contains('\n', StringComparison.Ordinal))
        {
            throw new InvalidOperationException("a line holds a newline");
        }
        // A cut line holds at most MaxLineBytes input bytes; each becomes at most one char (U+FFFD for a bad byte).
        if (line.Length > MaxLineBytes || Encoding.UTF8.GetByteCount(line) > 3 * MaxLineBytes)
        {
            throw new InvalidOperationException($"a line of {line.Length} chars passed the {MaxLineBytes}-byte limit");
        }
    }
}
