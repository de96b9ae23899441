using System.Text;
using System.Text.RegularExpressions;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Parsing;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Language.Syntax;

/// <summary>
/// parse → print → parse → print over every corpus and example program: the two prints are the
/// same text, the two trees have the same shape, and the reprinted program checks with the same
/// diagnostics as the original (mtail's TestParserRoundTrip, with a checker on top).
/// </summary>
public sealed partial class SyntaxRoundTripTests
{
    const string Absent = "(corpus absent)";
    const string NoExamples = "(no examples)";

    public static TheoryData<string> CorpusPrograms()
    {
        var data = new TheoryData<string>();
        if (SharedCorpus.Directory is not { } root)
        {
            data.Add(Absent);
            return data;
        }
        foreach (var folder in new[] { "compile", "cases" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.mtail", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "progs")
                .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, file));
            }
        }
        return data;
    }

    public static TheoryData<string> ExamplePrograms()
    {
        var data = new TheoryData<string>();
        var examples = SharedCorpus.RepositoryRoot is { } repo ? Path.Combine(repo, "examples") : null;
        var files = examples is not null && Directory.Exists(examples)
            ? Directory.GetFiles(examples, "*.mtail", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];
        foreach (var file in files)
        {
            data.Add(Path.GetRelativePath(SharedCorpus.RepositoryRoot!, file));
        }
        if (files.Length == 0)
        {
            data.Add(NoExamples);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusPrograms))]
    public void Corpus_program_round_trips_through_the_printer(string path)
    {
        Assert.SkipWhen(path == Absent, SharedCorpus.MissingReason);
        AssertRoundTrip(Path.Combine(SharedCorpus.Directory!, path));
    }

    [Theory]
    [MemberData(nameof(ExamplePrograms))]
    public void Example_program_round_trips_through_the_printer(string path)
    {
        Assert.SkipWhen(path == NoExamples, "the repository has no examples/**/*.mtail yet");
        AssertRoundTrip(Path.Combine(SharedCorpus.RepositoryRoot!, path));
    }

    static void AssertRoundTrip(string file)
    {
        var original = SourceText.Load(file);
        var parseErrors = new DiagnosticBag();
        var tree = Parser.Parse(original, parseErrors);
        if (parseErrors.HasErrors)
        {
            Assert.Skip($"the program has syntax errors, so there is no tree to print: {parseErrors.ToImmutable()[0]}");
        }

        var first = SyntaxPrinter.Print(tree);
        var reparsed = SourceText.From(original.Name, first);
        var reparseErrors = new DiagnosticBag();
        var tree2 = Parser.Parse(reparsed, reparseErrors);
        reparseErrors.ToImmutable().Should().BeEmpty("the printed program must parse; it was:\n{0}", first);
        var second = SyntaxPrinter.Print(tree2);

        second.Should().Be(first);
        Shape(tree2).Should().Be(Shape(tree), "the printed program must parse to the same tree; it was:\n{0}", first);
        Messages(MtailCompiler.Compile(reparsed)).Should().Equal(Messages(MtailCompiler.Compile(original)), "the printed program was:\n{0}", first);
    }

    // The tree without positions, in pre-order: each node's description and child count. (The
    // indented dump would do, but a fuzzed program thousands deep makes it quadratic.)
    static string Shape(SyntaxNode root)
    {
        var sb = new StringBuilder();
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            var children = SyntaxWalker.ChildrenOf(node);
            sb.Append(SexpDumper.Describe(node)).Append(" /").Append(children.Length).Append('\n');
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
        return sb.ToString();
    }

    // Diagnostic texts with positions blanked: reprinting moves every node, and some messages
    // quote the position of an earlier declaration.
    static IEnumerable<string> Messages(CompileResult result) =>
        result.Diagnostics.Select(d => Position().Replace(d.Message + (d.Hint is null ? "" : "\n\t" + d.Hint), "<pos>"));

    [GeneratedRegex(@"\S+:\d+:\d+(-\d+)?")]
    private static partial Regex Position();
}
